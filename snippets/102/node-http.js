const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        // Interim 102: still working, don't time out (no 1xx for HTTP/1.0 clients).
        if (req.httpVersion !== '1.0') {
            res.writeProcessing();
        }
        setTimeout(() => { // stands in for the slow work
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ message: 'OK' }));
        }, 1000);
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
