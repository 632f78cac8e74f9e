const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(102).json({ message: 'OK' });
});
