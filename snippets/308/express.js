const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(308).json({ message: 'Permanent Redirect' });
});
