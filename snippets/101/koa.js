const http = require('http');
const Koa = require('koa');
const Router = require('@koa/router');
const { WebSocketServer } = require('ws'); // from npm: Node's usual WebSocket server

const app = new Koa();
const router = new Router();

// Not a WebSocket handshake: say which protocol this endpoint needs.
router.get('/endpoint', (ctx) => {
    ctx.set({ Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-WebSocket-Version': '13' });
    ctx.status = 426;
    ctx.body = { message: 'Upgrade Required' };
});

app.use(router.routes()).use(router.allowedMethods());

const server = http.createServer(app.callback());
const wss = new WebSocketServer({ noServer: true });

// Once switched, the connection speaks WebSocket: echo each message back.
// ws answers the client's Close frame with its own and closes the connection.
wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});

// Requests with an Upgrade header bypass Koa and arrive here with the raw socket.
server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url, 'http://localhost').pathname !== '/endpoint') {
        socket.destroy();
        return;
    }
    if (req.headers['sec-websocket-version'] !== '13') {
        // A WebSocket version this server does not speak: 426 naming the one it
        // does (RFC 6455 4.4). ws alone would answer 400.
        const body = JSON.stringify({ message: 'Upgrade Required' });
        socket.end('HTTP/1.1 426 Upgrade Required\r\n' +
            `Date: ${new Date().toUTCString()}\r\n` +
            'Upgrade: websocket\r\n' +
            'Connection: Upgrade, close\r\n' +
            'Sec-WebSocket-Version: 13\r\n' +
            'Content-Type: application/json\r\n' +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` + body);
        return;
    }
    // ws checks the handshake and sends 101 Switching Protocols with
    // Upgrade, Connection and Sec-WebSocket-Accept.
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
