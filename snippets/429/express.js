const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Retry-After', '60');
    res.status(429).json({ message: 'Too Many Requests' });
});
