const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(421).send({ message: 'Misdirected Request' });
});
