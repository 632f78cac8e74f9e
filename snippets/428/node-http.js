const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && req.method === 'PUT') {
        res.writeHead(428, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Precondition Required' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
