const fastify = require('fastify')();

fastify.put('/endpoint', async (request, reply) => {
    return reply.code(412).send({ message: 'Precondition Failed' });
});
