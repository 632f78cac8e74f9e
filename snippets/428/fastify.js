const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(428).send({ message: 'Precondition Required' });
});
