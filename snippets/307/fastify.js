const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Location', 'https://example.com/new-endpoint');
    return reply.code(307).send({ message: 'Temporary Redirect' });
});
