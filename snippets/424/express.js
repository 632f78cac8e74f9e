const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(424).json({ message: 'Failed Dependency' });
});
