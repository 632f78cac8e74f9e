const http = require('http');

const server = http.createServer((req, res) => {
    // Node hands HEAD to the same handler and leaves the body out of the answer itself.
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(203, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Non-Authoritative Information' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
