const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 200; // ctx.fresh looks only at a 2xx response
    ctx.etag = '"v1"'; // the current version of the resource
    // ctx.fresh compares the request's If-None-Match with that ETag.
    if (ctx.fresh) {
        ctx.status = 304; // the client's cached copy is current: no body
        return;
    }
    ctx.body = { message: 'OK' };
});

app.use(router.routes()).use(router.allowedMethods());
