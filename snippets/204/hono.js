import { Hono } from 'hono';

const app = new Hono();

app.delete('/endpoint', (c) => {
    return c.body(null, 204); // no content: no body
});
