const Koa = require('koa');
const Router = require('@koa/router');
const parseRange = require('range-parser'); // from npm, the parser Express uses

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    const body = Buffer.from(JSON.stringify({ message: 'Partial Content' }));
    ctx.set('Accept-Ranges', 'bytes');
    ctx.type = 'application/json';
    // Parse the Range header against the body's length: -1 when not one byte of
    // the body is in the range, -2 when it is malformed.
    const ranges = ctx.get('Range') ? parseRange(body.length, ctx.get('Range')) : null;
    if (ranges === -1) {
        ctx.set('Content-Range', `bytes */${body.length}`);
        ctx.status = 416;
        ctx.body = { message: 'Range Not Satisfiable' };
        return;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        ctx.set('Content-Range', `bytes ${start}-${end}/${body.length}`);
        ctx.status = 206;
        ctx.body = body.subarray(start, end + 1);
        return;
    }
    // No Range, a malformed one, another unit or several ranges: the whole body
    // (a server may ignore Range).
    ctx.status = 200;
    ctx.body = body;
});

app.use(router.routes()).use(router.allowedMethods());
