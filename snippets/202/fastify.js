const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(202).send({ message: 'Accepted' });
});
