const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(410).send({ message: 'Gone' });
});
