const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(510).send({ message: 'Not Extended' });
});
