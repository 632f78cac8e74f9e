import { Hono } from 'hono';
import { createAdaptorServer } from '@hono/node-server';

const app = new Hono();

app.post('/endpoint', async (c) => {
    await c.req.json(); // read the JSON the client sent after the 100
    return c.json({ message: 'OK' }, 200);
});

const server = createAdaptorServer({ fetch: app.fetch });

// A request with "Expect: 100-continue" holds its body back. With this listener
// Node leaves the answer to you: send the interim 100 and let Hono read the body,
// or reply with a final status (e.g. 413) instead. Node never calls it for an
// HTTP/1.0 request, which must not get a 100.
server.on('checkContinue', (req, res) => {
    res.writeContinue();
    server.emit('request', req, res);
});
