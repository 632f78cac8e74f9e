const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(500).json({ message: 'Internal Server Error' });
});
