import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    return c.json({ message: 'Multi-Status' }, 207);
});
