const express = require('express');
const app = express();

app.put('/endpoint', (req, res) => {
    res.status(409).json({ message: 'Conflict' });
});
