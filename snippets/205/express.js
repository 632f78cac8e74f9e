const express = require('express');
const app = express();

app.post('/endpoint', (req, res) => {
    res.status(205).end(); // no content: no body
});
