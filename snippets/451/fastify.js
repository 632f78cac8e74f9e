const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    // RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
    reply.header('Link', '<https://example.com/legal>; rel="blocked-by"');
    return reply.code(451).send({ message: 'Unavailable For Legal Reasons' });
});
