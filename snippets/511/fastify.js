const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(511).send({ message: 'Network Authentication Required' });
});
