const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(502).send({ message: 'Bad Gateway' });
});
