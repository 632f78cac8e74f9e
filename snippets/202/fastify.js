const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(202).send({ message: 'Accepted' });
});
