const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(409).send({ message: 'Conflict' });
});
