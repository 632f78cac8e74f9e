const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(417).json({ message: 'Expectation Failed' });
});
