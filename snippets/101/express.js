const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Sec-WebSocket-Accept', 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    res.set('Upgrade', 'websocket');
    res.set('Connection', 'Upgrade');
    res.status(101).json({ message: 'Switching Protocols' });
});
