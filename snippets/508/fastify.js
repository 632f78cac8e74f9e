const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(508).send({ message: 'Loop Detected' });
});
