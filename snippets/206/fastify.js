const fastify = require('fastify')();
const parseRange = require('range-parser'); // from npm, the parser Express uses

fastify.get('/endpoint', async (request, reply) => {
    const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
    reply.header('Accept-Ranges', 'bytes');
    // Parse the Range header against the body's length: -1 when not one byte of
    // the body is in the range, -2 when it is malformed.
    const ranges = request.headers.range ? parseRange(body.length, request.headers.range) : null;
    if (ranges === -1) {
        reply.header('Content-Range', `bytes */${body.length}`);
        return reply.code(416).send({ message: 'Range Not Satisfiable' });
    }
    reply.type('application/json');
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        reply.header('Content-Range', `bytes ${start}-${end}/${body.length}`);
        return reply.code(206).send(body.subarray(start, end + 1));
    }
    // No Range, a malformed one, another unit or several ranges: the whole body
    // (a server may ignore Range).
    return reply.code(200).send(body);
});
