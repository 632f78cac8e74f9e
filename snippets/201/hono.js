import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    c.header('Location', 'https://example.com/endpoint/42');
    return c.json({ message: 'Created' }, 201);
});
