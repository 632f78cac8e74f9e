const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Location', 'https://example.com/new-endpoint');
    return reply.code(301).send({ message: 'Moved Permanently' });
});
