const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(226).send({ message: 'IM Used' });
});
