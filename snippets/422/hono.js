import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    return c.json({ message: 'Unprocessable Content' }, 422);
});
