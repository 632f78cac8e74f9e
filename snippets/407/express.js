const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.status(407).json({ message: 'Proxy Authentication Required' });
});
