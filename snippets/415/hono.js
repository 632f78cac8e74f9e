import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    return c.json({ message: 'Unsupported Media Type' }, 415);
});
