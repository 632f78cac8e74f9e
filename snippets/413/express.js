const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(413).json({ message: 'Content Too Large' });
});
