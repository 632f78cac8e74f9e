const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && req.method === 'POST') {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => { // the whole body has arrived: Buffer.concat(chunks)
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ message: 'OK' }));
        });
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});

// A request with "Expect: 100-continue" holds its body back. With this listener
// Node leaves the answer to you: send the interim 100 and handle the request as
// usual, or reply with a final status (e.g. 413) instead. Node never calls it for
// an HTTP/1.0 request, which must not get a 100.
server.on('checkContinue', (req, res) => {
    res.writeContinue();
    server.emit('request', req, res);
});
