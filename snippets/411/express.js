const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(411).json({ message: 'Length Required' });
});
