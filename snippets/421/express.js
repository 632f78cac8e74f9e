const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(421).json({ message: 'Misdirected Request' });
});
