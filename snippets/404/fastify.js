const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(404).send({ message: 'Not Found' });
});
