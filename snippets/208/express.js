const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(208).json({ message: 'Already Reported' });
});
