const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        // Who implements the block (RFC 7725 4).
        res.setHeader('Link', '<https://example.com/legal>; rel="blocked-by"');
        res.writeHead(451, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Unavailable For Legal Reasons' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
