import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    c.header('Retry-After', '60');
    return c.json({ message: 'Too Many Requests' }, 429);
});
