const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

// The resource serves POST only.
router.post('/endpoint', (ctx) => {
    ctx.body = { message: 'OK' };
});

// allowedMethods() answers any other method at /endpoint with 405 and an Allow
// listing the methods its routes serve; this middleware gives that 405 a JSON body.
app.use(async (ctx, next) => {
    await next();
    if (ctx.status === 405) {
        ctx.body = { message: 'Method Not Allowed' };
    }
});
app.use(router.routes()).use(router.allowedMethods());
