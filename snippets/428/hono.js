import { Hono } from 'hono';

const app = new Hono();

app.put('/endpoint', (c) => {
    return c.json({ message: 'Precondition Required' }, 428);
});
