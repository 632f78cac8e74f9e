const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(423).send({ message: 'Locked' });
});
