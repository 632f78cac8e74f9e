const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(507).json({ message: 'Insufficient Storage' });
});
