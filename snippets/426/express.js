const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Upgrade', 'HTTP/3.0');
    res.set('Connection', 'Upgrade');
    res.status(426).json({ message: 'Upgrade Required' });
});
