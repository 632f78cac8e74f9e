const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && req.method === 'POST') {
        res.setHeader('Location', 'https://example.com/endpoint/42');
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Created' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
