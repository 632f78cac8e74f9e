const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', async (ctx) => {
    // Interim 102: still working, don't time out (no 1xx for HTTP/1.0 clients).
    // Koa has no API for it: ctx.res is Node's response.
    if (ctx.req.httpVersion !== '1.0') {
        ctx.res.writeProcessing();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // stands in for the slow work
    ctx.status = 200;
    ctx.body = { message: 'OK' };
});

app.use(router.routes()).use(router.allowedMethods());
