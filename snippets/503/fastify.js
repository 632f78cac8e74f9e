const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(503).send({ message: 'Service Unavailable' });
});
