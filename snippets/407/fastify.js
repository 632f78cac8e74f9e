const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Proxy-Authenticate', 'Basic realm="proxy"');
    return reply.code(407).send({ message: 'Proxy Authentication Required' });
});
