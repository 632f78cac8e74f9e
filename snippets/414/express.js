const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(414).json({ message: 'URI Too Long' });
});
