const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(411).send({ message: 'Length Required' });
});
