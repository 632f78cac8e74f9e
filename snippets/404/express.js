const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(404).json({ message: 'Not Found' });
});
