const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(413).json({ message: 'Content Too Large' });
});
