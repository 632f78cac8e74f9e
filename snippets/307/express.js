const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(307).json({ message: 'Temporary Redirect' });
});
