const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Upgrade', 'HTTP/3.0');
    reply.header('Connection', 'Upgrade');
    return reply.code(426).send({ message: 'Upgrade Required' });
});
