const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(415).send({ message: 'Unsupported Media Type' });
});
