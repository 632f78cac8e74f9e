const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(511).json({ message: 'Network Authentication Required' });
});
