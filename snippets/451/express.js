const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(451).json({ message: 'Unavailable For Legal Reasons' });
});
