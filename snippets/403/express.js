const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(403).json({ message: 'Forbidden' });
});
