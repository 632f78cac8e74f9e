const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(201).json({ message: 'Created' });
});
