const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(208).send({ message: 'Already Reported' });
});
