const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(506).json({ message: 'Variant Also Negotiates' });
});
