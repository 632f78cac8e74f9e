const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(304).json({ message: 'Not Modified' });
});
