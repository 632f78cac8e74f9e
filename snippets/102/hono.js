import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', async (c) => {
    // Interim 102: still working, don't time out (no 1xx for HTTP/1.0 clients).
    // Hono has no API for it: on Node, c.env.outgoing is Node's response.
    if (c.env.incoming.httpVersion !== '1.0') {
        c.env.outgoing.writeProcessing();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // stands in for the slow work
    return c.json({ message: 'OK' }, 200);
});
