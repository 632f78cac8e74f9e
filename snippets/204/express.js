const express = require('express');
const app = express();

app.delete('/endpoint', (req, res) => {
    res.status(204).end(); // no content: no body
});
