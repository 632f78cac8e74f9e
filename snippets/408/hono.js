import { Hono } from 'hono';

const app = new Hono();

app.get('/endpoint', (c) => {
    // The server gives up on this connection: Connection: close tells the client,
    // and Node closes the connection once the response is sent.
    c.header('Connection', 'close');
    return c.json({ message: 'Request Timeout' }, 408);
});
