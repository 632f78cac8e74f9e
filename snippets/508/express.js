const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(508).json({ message: 'Loop Detected' });
});
