const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
    res.set('Accept-Ranges', 'bytes');
    // req.range() parses the Range header against the body's length.
    const ranges = req.range(body.length);
    if (ranges === -1) {
        // Not one byte of the body is in the range: 416 with the body's length.
        res.set('Content-Range', `bytes */${body.length}`);
        res.status(416).json({ message: 'Range Not Satisfiable' });
        return;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        res.type('application/json');
        res.set('Content-Range', `bytes ${start}-${end}/${body.length}`);
        // end(), not send(): send() would add an ETag computed from the part alone.
        res.status(206).end(body.subarray(start, end + 1));
        return;
    }
    // No Range, a malformed one (-2), another unit or several ranges: the whole
    // body (a server may ignore Range).
    res.type('application/json');
    res.status(200).send(body);
});
