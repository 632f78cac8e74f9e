const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(428).json({ message: 'Precondition Required' });
});
