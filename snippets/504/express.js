const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(504).json({ message: 'Gateway Timeout' });
});
