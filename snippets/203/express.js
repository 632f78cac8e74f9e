const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(203).json({ message: 'Non-Authoritative Information' });
});
