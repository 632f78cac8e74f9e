const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(101).json({ message: 'Switching Protocols' });
});
