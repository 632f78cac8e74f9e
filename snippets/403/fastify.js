const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(403).send({ message: 'Forbidden' });
});
