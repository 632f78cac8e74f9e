const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(505).json({ message: 'HTTP Version Not Supported' });
});
