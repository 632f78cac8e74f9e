const fastify = require('fastify')();

// The resource serves POST only.
fastify.post('/endpoint', async (request, reply) => {
    return reply.code(200).send({ message: 'OK' });
});

// Fastify answers a method with no route with 404, so the other methods get a
// route of their own: 405, with Allow listing what the resource serves.
fastify.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'], // and HEAD, which Fastify adds for GET
    url: '/endpoint',
    handler: async (request, reply) => {
        reply.header('Allow', 'POST');
        return reply.code(405).send({ message: 'Method Not Allowed' });
    },
});
