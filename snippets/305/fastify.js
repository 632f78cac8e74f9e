const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(305).send({ message: 'Use Proxy' });
});
