const crypto = require('crypto');
const http = require('http');
const express = require('express');
const app = express();

// Not a WebSocket handshake: say which protocol this endpoint needs.
app.get('/endpoint', (req, res) => {
    res.set({ Upgrade: 'websocket', Connection: 'Upgrade' });
    res.status(426).json({ message: 'Upgrade Required' });
});

const server = http.createServer(app);

// Requests with an Upgrade header bypass Express and arrive here with the raw
// socket. (A real app would use a WebSocket package such as ws.)
server.on('upgrade', (req, socket) => {
    const key = req.headers['sec-websocket-key'];
    if (req.url !== '/endpoint' || (req.headers.upgrade || '').toLowerCase() !== 'websocket' || !key) {
        socket.destroy();
        return;
    }
    // Sec-WebSocket-Accept = base64(SHA-1(key + the GUID of RFC 6455)).
    const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
    socket.write('HTTP/1.1 101 Switching Protocols\r\n' +
        'Upgrade: websocket\r\n' +
        'Connection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
    // Now WebSocket: one text frame (payload under 126 bytes), then a close frame (1000).
    const payload = Buffer.from(JSON.stringify({ message: 'Switching Protocols' }));
    socket.end(Buffer.concat([Buffer.from([0x81, payload.length]), payload, Buffer.from([0x88, 0x02, 0x03, 0xe8])]));
});
