const fastify = require('fastify')();

fastify.get('/endpoint', async (request, reply) => {
    const etag = '"v1"'; // the current version of the resource
    reply.header('ETag', etag);
    // If-None-Match lists the versions the client has cached (or "*" for any).
    const cached = (request.headers['if-none-match'] || '').split(',').map((tag) => tag.trim());
    if (cached.includes(etag) || cached.includes(`W/${etag}`) || cached.includes('*')) {
        return reply.code(304).send(); // the client's cached copy is current: no body
    }
    return reply.code(200).send({ message: 'OK' });
});
