const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(226).json({ message: 'IM Used' });
});
