const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(305).json({ message: 'Use Proxy' });
});
