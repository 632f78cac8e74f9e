const fastify = require('fastify')();

// @fastify/websocket (from npm, built on ws) answers the WebSocket handshake.
fastify.register(require('@fastify/websocket'));

fastify.register(async (fastify) => {
    fastify.route({
        method: 'GET',
        url: '/endpoint',
        // Not a WebSocket handshake: say which protocol this endpoint needs.
        handler: async (request, reply) => {
            reply.header('Upgrade', 'websocket');
            reply.header('Connection', 'Upgrade');
            return reply.code(426).send({ message: 'Upgrade Required' });
        },
        // A handshake: the plugin has sent 101 Switching Protocols with the
        // Sec-WebSocket-Accept; from here on the connection speaks WebSocket.
        wsHandler: (socket, request) => {
            socket.send(JSON.stringify({ message: 'Switching Protocols' }));
            socket.close();
        },
    });
});
