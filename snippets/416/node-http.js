const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        const body = Buffer.from(JSON.stringify({ message: 'OK' }));
        // A byte range that starts past the end cannot be served: say how long it is.
        const m = /^bytes=(\d+)-\d*$/.exec(req.headers.range || '');
        if (m && Number(m[1]) >= body.length) {
            res.writeHead(416, {
                'Content-Type': 'application/json',
                'Content-Range': `bytes */${body.length}`,
            });
            res.end(JSON.stringify({ message: 'Range Not Satisfiable' }));
            return;
        }
        // Otherwise ignore Range (a server may) and send the whole body.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(body);
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
