import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    c.header('WWW-Authenticate', 'Bearer realm="example"');
    return c.json({ message: 'Unauthorized' }, 401);
});
