const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    // The server gives up on this connection: Connection: close tells the client,
    // and Node closes the connection once the response is sent.
    reply.header('Connection', 'close');
    return reply.code(408).send({ message: 'Request Timeout' });
});
