const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        const etag = '"v1"'; // the current version of the resource
        res.setHeader('ETag', etag);
        // If-None-Match is "*" or a list of tags; compare weakly (W/"v1" matches "v1").
        const inm = req.headers['if-none-match'];
        const fresh = inm !== undefined && (inm.trim() === '*' ||
            inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));
        if (fresh) {
            res.writeHead(304); // the client's cached copy is current: no body
            res.end();
            return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'OK' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
