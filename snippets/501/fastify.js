const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(501).send({ message: 'Not Implemented' });
});
