const http = require('http');

const server = http.createServer((req, res) => {
    // Node hands HEAD to the same handler and leaves the body out of the answer itself.
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        // The server gives up on this connection: Connection: close tells the client, and
        // Node closes the connection once the response is sent.
        res.writeHead(408, { 'Content-Type': 'application/json', Connection: 'close' });
        res.end(JSON.stringify({ message: 'Request Timeout' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
