const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(424).send({ message: 'Failed Dependency' });
});
