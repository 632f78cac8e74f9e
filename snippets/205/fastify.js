const fastify = require('fastify')();

// @fastify/formbody (from npm) parses the form's application/x-www-form-urlencoded
// body; Fastify itself parses JSON and plain text only.
fastify.register(require('@fastify/formbody'));

fastify.post('/endpoint', async (request, reply) => {
    // The form was taken: tell the client to clear it. No content: send()
    // without a payload (Fastify would send one given here).
    return reply.code(205).send();
});
