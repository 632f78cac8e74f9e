const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    return reply.code(418).send({ message: "I'm a teapot" });
});
