import { Hono } from 'hono';

const app = new Hono();

app.put('/endpoint', (c) => {
    return c.json({ message: 'Conflict' }, 409);
});
