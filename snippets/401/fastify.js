const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('WWW-Authenticate', 'Bearer realm="example"');
    return reply.code(401).send({ message: 'Unauthorized' });
});
