import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    c.header('Upgrade', 'HTTP/3.0');
    c.header('Connection', 'Upgrade');
    return c.json({ message: 'Upgrade Required' }, 426);
});
