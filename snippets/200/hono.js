import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    return c.json({ message: 'OK' }, 200);
});
