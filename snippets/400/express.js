const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(400).json({ message: 'Bad Request' });
});
