import { Hono } from 'hono';
import parseRange from 'range-parser'; // from npm, the parser Express uses

const app = new Hono();

app.get('/endpoint', (c) => {
    const body = Buffer.from(JSON.stringify({ message: 'OK' }));
    c.header('Accept-Ranges', 'bytes');
    c.header('Content-Type', 'application/json');
    // Parse the Range header against the body's length: -1 when not one byte of
    // the body is in the range.
    const range = c.req.header('Range');
    const ranges = range ? parseRange(body.length, range) : null;
    if (ranges === -1) {
        // Content-Range: bytes */<length> tells the client what it can ask for.
        c.header('Content-Range', `bytes */${body.length}`);
        return c.json({ message: 'Range Not Satisfiable' }, 416);
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        c.header('Content-Range', `bytes ${start}-${end}/${body.length}`);
        return c.body(body.subarray(start, end + 1), 206);
    }
    // No Range, a malformed one, another unit or several ranges: the whole body.
    return c.body(body, 200);
});
