const fastify = require('fastify')();

// @fastify/websocket (from npm, built on ws) answers the WebSocket handshake.
fastify.register(require('@fastify/websocket'));

fastify.register(async (fastify) => {
    // Not a WebSocket handshake, or one for a version this server does not speak:
    // 426 names the protocol and the version it does (RFC 6455 4.4; ws alone would
    // answer a wrong version with 400).
    const upgradeRequired = (reply) => {
        reply.header('Upgrade', 'websocket');
        reply.header('Connection', 'Upgrade');
        reply.header('Sec-WebSocket-Version', '13');
        return reply.code(426).send({ message: 'Upgrade Required' });
    };
    fastify.route({
        method: 'GET',
        url: '/endpoint',
        preValidation: async (request, reply) => {
            if (request.ws && request.headers['sec-websocket-version'] !== '13') {
                return upgradeRequired(reply);
            }
        },
        handler: async (request, reply) => upgradeRequired(reply),
        // A handshake: the plugin has sent 101 Switching Protocols with the
        // Sec-WebSocket-Accept; from here on the connection speaks WebSocket.
        // Echo each message back; ws answers the client's Close frame with its own.
        wsHandler: (socket, request) => {
            socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
        },
    });
});
