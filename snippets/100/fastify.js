const fastify = require('fastify')();

fastify.post('/endpoint', async (request, reply) => {
    return reply.code(200).send({ message: 'OK' });
});

// A request with "Expect: 100-continue" holds its body back. With this listener
// Node leaves the answer to you: send the interim 100 and let Fastify read the
// body, or reply with a final status (e.g. 413) instead.
fastify.server.on('checkContinue', (req, res) => {
    res.writeContinue();
    fastify.routing(req, res);
});
