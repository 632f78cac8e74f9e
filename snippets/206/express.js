const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
    res.type('application/json');
    // req.range() parses the Range header against the body's length.
    const ranges = req.range(body.length);
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        res.set('Content-Range', `bytes ${start}-${end}/${body.length}`);
        // end(), not send(): send() would add an ETag computed from the part alone.
        res.status(206).end(body.subarray(start, end + 1));
        return;
    }
    // No Range, or one not served here (a server may ignore Range): the whole body.
    res.status(200).send(body);
});
