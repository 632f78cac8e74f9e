const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.post('/endpoint', (ctx) => {
    // The form was taken: tell the client to clear it. Koa would strip the
    // Content-Length of a 205 as of a 204, but unlike a 204 a 205 without one is
    // read until the connection closes (RFC 9112 6.3). So answer on Node's own
    // response: Content-Length: 0 ends it and keeps the connection open.
    ctx.respond = false;
    ctx.res.writeHead(205, { 'Content-Length': 0 });
    ctx.res.end();
});

app.use(router.routes()).use(router.allowedMethods());
