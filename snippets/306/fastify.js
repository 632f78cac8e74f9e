const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(306).send({ message: '(Unused)' });
});
