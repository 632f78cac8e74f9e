const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(406).send({ message: 'Not Acceptable' });
});
