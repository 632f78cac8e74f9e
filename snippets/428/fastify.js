const fastify = require('fastify')();

fastify.put('/endpoint', async (request, reply) => {
    return reply.code(428).send({ message: 'Precondition Required' });
});
