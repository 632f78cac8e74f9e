const http = require('http');

const server = http.createServer((req, res) => {
    // Node hands HEAD to the same handler and leaves the body out of the answer itself.
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(226, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'IM Used' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
