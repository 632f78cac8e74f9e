const http = require('http');

const server = http.createServer((req, res) => {
    // Node hands HEAD to the same handler and leaves the body out of the answer itself.
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        res.setHeader('Upgrade', 'HTTP/3.0');
        res.setHeader('Connection', 'Upgrade');
        res.writeHead(426, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Upgrade Required' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
