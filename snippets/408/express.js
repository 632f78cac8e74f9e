const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    // The server gives up on this connection: Connection: close tells the client,
    // and Node closes the connection once the response is sent.
    res.set('Connection', 'close');
    res.status(408).json({ message: 'Request Timeout' });
});
