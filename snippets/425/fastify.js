const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(425).send({ message: 'Too Early' });
});
