const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(414).send({ message: 'URI Too Long' });
});
