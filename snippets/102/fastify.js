const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    // Interim 102: still working, don't time out (no 1xx for HTTP/1.0 clients).
    if (request.raw.httpVersion !== '1.0') {
        reply.raw.writeProcessing();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // stands in for the slow work
    return reply.code(200).send({ message: 'OK' });
});
