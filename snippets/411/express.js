const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(411).json({ message: 'Length Required' });
});
