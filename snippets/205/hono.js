import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    // The form was taken: tell the client to clear it. No content, and say so:
    // without Content-Length: 0 a 205 with no body goes out chunked on Node.
    c.header('Content-Length', '0');
    return c.body(null, 205);
});
