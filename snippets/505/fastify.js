const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(505).send({ message: 'HTTP Version Not Supported' });
});
