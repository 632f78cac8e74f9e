import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    // RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
    c.header('Link', '<https://example.com/legal>; rel="blocked-by"');
    return c.json({ message: 'Unavailable For Legal Reasons' }, 451);
});
