const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(303).json({ message: 'See Other' });
});
