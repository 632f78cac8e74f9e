const fastify = require('fastify')();
const parseRange = require('range-parser'); // from npm, the parser Express uses

fastify.get('/endpoint', async (request, reply) => {
    const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
    reply.type('application/json');
    // Parse the Range header against the body's length.
    const ranges = request.headers.range ? parseRange(body.length, request.headers.range) : null;
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        reply.header('Content-Range', `bytes ${start}-${end}/${body.length}`);
        return reply.code(206).send(body.subarray(start, end + 1));
    }
    // No Range, or one not served here (a server may ignore Range): the whole body.
    return reply.code(200).send(body);
});
