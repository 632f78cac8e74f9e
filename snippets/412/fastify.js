const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(412).send({ message: 'Precondition Failed' });
});
