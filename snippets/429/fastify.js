const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Retry-After', '60');
    return reply.code(429).send({ message: 'Too Many Requests' });
});
