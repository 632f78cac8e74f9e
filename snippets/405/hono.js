import { Hono } from 'hono';

const app = new Hono();

// The resource serves POST only.
app.post('/endpoint', (c) => {
    return c.json({ message: 'OK' });
});

// Hono answers a method with no route with 404, so every other method gets this
// route: 405, with Allow listing what the resource serves.
app.all('/endpoint', (c) => {
    c.header('Allow', 'POST');
    return c.json({ message: 'Method Not Allowed' }, 405);
});
