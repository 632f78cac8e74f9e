const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(301).json({ message: 'Moved Permanently' });
});
