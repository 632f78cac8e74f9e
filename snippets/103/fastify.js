const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    // Interim 103 with preload hints (no 1xx for HTTP/1.0 clients).
    // The key must be `link` in lower case: Node silently sends nothing otherwise.
    if (request.raw.httpVersion !== '1.0') {
        reply.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    }
    return reply.code(200).send({ message: 'OK' });
});
