const http = require('http');
const express = require('express');
const app = express();

app.post('/endpoint', express.json(), (req, res) => {
    res.status(200).json({ message: 'OK' });
});

const server = http.createServer(app);

// A request with "Expect: 100-continue" holds its body back. With this listener
// Node leaves the answer to you: send the interim 100 and let Express read the
// body, or reply with a final status (e.g. 413) instead.
server.on('checkContinue', (req, res) => {
    res.writeContinue();
    app(req, res);
});
