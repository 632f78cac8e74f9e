const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(413).send({ message: 'Content Too Large' });
});
