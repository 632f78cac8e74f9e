const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(100).json({ message: 'OK' });
});
