import { Hono } from 'hono';

const app = new Hono();

app.post('/endpoint', (c) => {
    return c.json({ message: 'Content Too Large' }, 413);
});
