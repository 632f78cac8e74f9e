const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && req.method === 'PUT') {
        res.writeHead(412, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'Precondition Failed' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
