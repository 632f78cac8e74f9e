const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(507).send({ message: 'Insufficient Storage' });
});
