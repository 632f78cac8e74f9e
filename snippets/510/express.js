const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(510).json({ message: 'Not Extended' });
});
