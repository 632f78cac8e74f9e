const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(426).json({ message: 'Upgrade Required' });
});
