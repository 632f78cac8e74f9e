const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        // Interim 103 with preload hints (no 1xx for HTTP/1.0 clients).
        // The key must be `link` in lower case: Node silently sends nothing otherwise.
        if (req.httpVersion !== '1.0') {
            res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'OK' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
