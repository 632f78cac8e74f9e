const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    reply.header('Content-Range', 'bytes */16');
    return reply.code(416).send({ message: 'Range Not Satisfiable' });
});
