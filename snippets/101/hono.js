import { Hono } from 'hono';
import { createAdaptorServer, upgradeWebSocket } from '@hono/node-server';
import { WebSocketServer } from 'ws'; // from npm: the WebSocket server the adapter drives

const app = new Hono();

app.get(
    '/endpoint',
    (c, next) => {
        if (c.req.header('Upgrade') && c.req.header('Sec-WebSocket-Version') !== '13') {
            // A handshake for a WebSocket version this server does not speak: 426
            // naming the one it does (RFC 6455 4.4; ws alone would answer 400). The
            // adapter writes this status and these headers to the socket itself,
            // with no body and without the Date Node adds to other responses.
            c.header('Sec-WebSocket-Version', '13');
            c.header('Date', new Date().toUTCString());
            return c.body(null, 426);
        }
        return next();
    },
    // A handshake: the adapter sends 101 Switching Protocols with the
    // Sec-WebSocket-Accept; from here on the connection speaks WebSocket. Echo
    // each message back; ws answers the client's Close frame with its own.
    upgradeWebSocket(() => ({
        onMessage(event, ws) {
            ws.send(event.data);
        },
    })),
    // Not a WebSocket handshake: say which protocol this endpoint needs.
    (c) => {
        c.header('Upgrade', 'websocket');
        c.header('Connection', 'Upgrade');
        return c.json({ message: 'Upgrade Required' }, 426);
    },
);

const wss = new WebSocketServer({ noServer: true });
const server = createAdaptorServer({ fetch: app.fetch, websocket: { server: wss } });
