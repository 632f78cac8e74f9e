const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(202).json({ message: 'Accepted' });
});
