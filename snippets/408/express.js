const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(408).json({ message: 'Request Timeout' });
});
