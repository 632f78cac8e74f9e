const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(408).send({ message: 'Request Timeout' });
});
