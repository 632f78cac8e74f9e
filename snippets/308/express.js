const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Location', 'https://example.com/new-endpoint');
    res.status(308).json({ message: 'Permanent Redirect' });
});
