const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(431).json({ message: 'Request Header Fields Too Large' });
});
