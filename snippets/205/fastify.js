const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    // No content: send() without a payload (Fastify would send one given here).
    return reply.code(205).send();
});
