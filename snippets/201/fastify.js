const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    reply.header('Location', 'https://example.com/endpoint/42');
    return reply.code(201).send({ message: 'Created' });
});
