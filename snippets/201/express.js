const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.set('Location', 'https://example.com/endpoint/42');
    res.status(201).json({ message: 'Created' });
});
