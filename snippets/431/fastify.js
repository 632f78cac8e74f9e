const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(431).send({ message: 'Request Header Fields Too Large' });
});
