const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(207).send({ message: 'Multi-Status' });
});
