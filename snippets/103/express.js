const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(103).json({ message: 'OK' });
});
