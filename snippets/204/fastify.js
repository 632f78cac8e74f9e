const fastify = require('fastify')();

fastify.delete('/endpoint', async (request, reply) => {
    return reply.code(204).send(); // no content: no body
});
