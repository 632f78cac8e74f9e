const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(400).send({ message: 'Bad Request' });
});
