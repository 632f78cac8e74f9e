const http = require('http');

const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Accept-Ranges', 'bytes');
        // One range, "bytes=first-last", "bytes=first-" or "bytes=-suffix"; anything
        // else (another unit, several ranges, bad syntax) is ignored: the whole body.
        const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
        if (m && (m[1] || m[2]) && !(m[1] && m[2] && Number(m[2]) < Number(m[1]))) {
            const start = m[1] ? Number(m[1]) : Math.max(body.length - Number(m[2]), 0);
            const end = m[1] && m[2] ? Math.min(Number(m[2]), body.length - 1) : body.length - 1;
            if (start >= body.length || end < start) { // starts past the end
                res.writeHead(416, { 'Content-Range': `bytes */${body.length}` });
                res.end(JSON.stringify({ message: 'Range Not Satisfiable' }));
                return;
            }
            res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${body.length}` });
            res.end(body.subarray(start, end + 1));
            return;
        }
        res.writeHead(200);
        res.end(body);
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});
