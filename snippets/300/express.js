const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(300).json({ message: 'Multiple Choices' });
});
