const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(451).send({ message: 'Unavailable For Legal Reasons' });
});
