const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(429).json({ message: 'Too Many Requests' });
});
