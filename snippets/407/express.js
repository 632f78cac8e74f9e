const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Proxy-Authenticate', 'Basic realm="proxy"');
    res.status(407).json({ message: 'Proxy Authentication Required' });
});
