const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(402).send({ message: 'Payment Required' });
});
