const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(417).send({ message: 'Expectation Failed' });
});
