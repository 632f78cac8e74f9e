const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(200).send({ message: 'OK' });
});
