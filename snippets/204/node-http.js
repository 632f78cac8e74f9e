const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && req.method === 'DELETE') {
        res.writeHead(204); // no content: no body
        res.end();
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
