import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    return c.json({ message: 'Length Required' }, 411);
});
