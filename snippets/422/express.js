const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(422).json({ message: 'Unprocessable Content' });
});
