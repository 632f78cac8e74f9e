import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    c.header('Proxy-Authenticate', 'Basic realm="proxy"');
    return c.json({ message: 'Proxy Authentication Required' }, 407);
});
