import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    c.header('Location', 'https://example.com/new-endpoint');
    return c.json({ message: 'Moved Permanently' }, 301);
});
