import { Hono } from 'hono';
import { etag } from 'hono/etag';

const app = new Hono();

// etag() compares If-None-Match with the response's ETag as RFC 9110 asks (weak
// comparison, "*", lists of tags) and turns a match into a 304 without a body.
app.use('/endpoint', etag());

app.get('/endpoint', (c) => {
    c.header('ETag', '"v1"'); // the current version of the resource
    return c.json({ message: 'OK' });
});
