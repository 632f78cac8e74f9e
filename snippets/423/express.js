const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(423).json({ message: 'Locked' });
});
