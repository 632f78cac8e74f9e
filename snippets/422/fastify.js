const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(422).send({ message: 'Unprocessable Content' });
});
