const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(406).json({ message: 'Not Acceptable' });
});
