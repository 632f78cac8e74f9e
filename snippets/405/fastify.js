const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Allow', 'POST');
    return reply.code(405).send({ message: 'Method Not Allowed' });
});
