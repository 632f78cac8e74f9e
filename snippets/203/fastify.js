const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(203).send({ message: 'Non-Authoritative Information' });
});
