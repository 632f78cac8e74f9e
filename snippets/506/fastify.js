const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(506).send({ message: 'Variant Also Negotiates' });
});
