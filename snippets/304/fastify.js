const fastify = require('fastify')();
const fresh = require('fresh'); // from npm, the check behind Express's req.fresh

fastify.route({
    // HEAD declared with GET, not left to Fastify's automatic HEAD route: that one
    // would add Content-Length: 0 to the 304, which is not the 200's length.
    method: ['GET', 'HEAD'],
    url: '/endpoint',
    handler: async (request, reply) => {
        reply.header('ETag', '"v1"'); // the current version of the resource
        // fresh() compares If-None-Match with that ETag as RFC 9110 asks: weak
        // comparison (W/"v1" matches), "*" and lists of tags.
        if (fresh(request.headers, { etag: reply.getHeader('ETag') })) {
            return reply.code(304).send(); // the client's cached copy is current: no body
        }
        return reply.code(200).send({ message: 'OK' });
    },
});
