const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(500).send({ message: 'Internal Server Error' });
});
