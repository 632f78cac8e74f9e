const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(206).json({ message: 'Partial Content' });
});
