const crypto = require('crypto');
const http = require('http');

// Not a WebSocket handshake: say which protocol this endpoint needs.
const server = http.createServer((req, res) => {
    if (req.url === '/endpoint' && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(426, { 'Content-Type': 'application/json', Upgrade: 'websocket', Connection: 'Upgrade' });
        res.end(JSON.stringify({ message: 'Upgrade Required' }));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
});

// A server frame (under 64 KiB): FIN + opcode, the length (7 bits, or 126 + 16 bits), the payload.
const frame = (opcode, payload) => Buffer.concat([payload.length < 126
    ? Buffer.from([0x80 | opcode, payload.length])
    : Buffer.from([0x80 | opcode, 126, payload.length >> 8, payload.length & 0xff]), payload]);

// Requests with an Upgrade header arrive here with the raw socket. Node has no
// WebSocket server built in (a real app would use a package such as ws).
server.on('upgrade', (req, socket, head) => {
    const key = req.headers['sec-websocket-key'];
    if (req.url !== '/endpoint' || req.method !== 'GET' || (req.headers.upgrade || '').toLowerCase() !== 'websocket' || !key) {
        socket.end(`HTTP/1.1 400 Bad Request\r\nDate: ${new Date().toUTCString()}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
        return;
    }
    if (req.headers['sec-websocket-version'] !== '13') { // the only version of RFC 6455
        const body = JSON.stringify({ message: 'Upgrade Required' });
        socket.end(`HTTP/1.1 426 Upgrade Required\r\nDate: ${new Date().toUTCString()}\r\n` +
            'Sec-WebSocket-Version: 13\r\nContent-Type: application/json\r\n' +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
        return;
    }
    // Sec-WebSocket-Accept = base64(SHA-1(key + the GUID of RFC 6455)).
    const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
    socket.write('HTTP/1.1 101 Switching Protocols\r\n' +
        'Upgrade: websocket\r\n' +
        'Connection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
    // Now WebSocket: a greeting, then echo each message and answer a Close with a Close.
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ message: 'Switching Protocols' }))));
    let data = head;
    socket.on('data', (chunk) => {
        data = Buffer.concat([data, chunk]);
        // A client frame (always masked): 2 bytes, the extended length, a 4-byte mask, the payload.
        while (data.length >= 2) {
            const opcode = data[0] & 0x0f;
            let length = data[1] & 0x7f;
            let offset = 2;
            if (length === 126) {
                if (data.length < 4) return;
                length = data.readUInt16BE(2);
                offset = 4;
            } else if (length === 127) {
                if (data.length < 10) return;
                length = Number(data.readBigUInt64BE(2));
                offset = 10;
            }
            if (data.length < offset + 4 + length) return; // wait for the rest
            const mask = data.subarray(offset, offset + 4);
            const payload = Buffer.from(data.subarray(offset + 4, offset + 4 + length));
            for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
            data = data.subarray(offset + 4 + length);
            if (opcode === 0x8) { // Close: reply with the same status code, then close
                socket.end(frame(0x8, payload.subarray(0, 2)));
                return;
            }
            if (opcode === 0x9) socket.write(frame(0xa, payload)); // Ping: Pong
            if (opcode === 0x1 || opcode === 0x2) socket.write(frame(opcode, payload)); // echo
        }
    });
    socket.on('error', () => socket.destroy());
});
