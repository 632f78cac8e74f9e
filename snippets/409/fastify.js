const fastify = require('fastify')();

fastify.put('/endpoint', async (request, reply) => {
    return reply.code(409).send({ message: 'Conflict' });
});
