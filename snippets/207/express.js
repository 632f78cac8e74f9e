const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(207).json({ message: 'Multi-Status' });
});
