const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('ETag', '"v1"');
    res.status(304).json({ message: 'Not Modified' });
});
