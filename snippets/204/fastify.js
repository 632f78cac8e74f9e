const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(204).send(); // no content: no body
});
