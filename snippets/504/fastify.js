const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(504).send({ message: 'Gateway Timeout' });
});
