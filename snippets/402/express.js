const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(402).json({ message: 'Payment Required' });
});
