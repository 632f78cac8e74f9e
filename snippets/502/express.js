const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(502).json({ message: 'Bad Gateway' });
});
