const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(415).json({ message: 'Unsupported Media Type' });
});
