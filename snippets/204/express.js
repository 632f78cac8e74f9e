const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(204).end(); // no content: no body
});
