const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(425).json({ message: 'Too Early' });
});
