const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(416).json({ message: 'Range Not Satisfiable' });
});
