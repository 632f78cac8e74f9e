const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(401).json({ message: 'Unauthorized' });
});
