const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(418).json({ message: "I'm a teapot" });
});
