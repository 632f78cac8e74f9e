const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('WWW-Authenticate', 'Bearer realm="example"');
    res.status(401).json({ message: 'Unauthorized' });
});
