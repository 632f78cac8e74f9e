const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    const body = Buffer.from(JSON.stringify({ message: 'OK' }));
    res.set('Accept-Ranges', 'bytes');
    // req.range() parses the Range header against the body's length:
    // -1 when not one byte of the body is in the range.
    const ranges = req.range(body.length);
    if (ranges === -1) {
        // Content-Range: bytes */<length> tells the client what it can ask for.
        res.set('Content-Range', `bytes */${body.length}`);
        res.status(416).json({ message: 'Range Not Satisfiable' });
        return;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        res.type('application/json');
        res.set('Content-Range', `bytes ${start}-${end}/${body.length}`);
        res.status(206).end(body.subarray(start, end + 1));
        return;
    }
    // No Range, a malformed one, another unit or several ranges: the whole body.
    res.type('application/json');
    res.status(200).send(body);
});
