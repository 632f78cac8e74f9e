import { Hono } from 'hono';
import { earlyHints } from '@hono/node-server/early-hints';

const app = new Hono();

// earlyHints() sends an interim 103 with these preload hints before the handler
// runs. It does not look at the HTTP version, and an HTTP/1.0 client must get no
// 1xx: on Node, c.env.incoming is Node's request, which tells.
const hints = earlyHints({
    link: '</style.css>; rel=preload; as=style',
});
app.use('/endpoint', (c, next) => (c.env.incoming.httpVersion === '1.0' ? next() : hints(c, next)));

app.get('/endpoint', (c) => {
    return c.json({ message: 'OK' }, 200);
});
