const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(501).json({ message: 'Not Implemented' });
});
