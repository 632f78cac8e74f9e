const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(503).json({ message: 'Service Unavailable' });
});
