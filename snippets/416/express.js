const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Content-Range', 'bytes */16');
    res.status(416).json({ message: 'Range Not Satisfiable' });
});
