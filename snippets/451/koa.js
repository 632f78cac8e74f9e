const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    // RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
    ctx.set('Link', '<https://example.com/legal>; rel="blocked-by"');
    ctx.status = 451;
    ctx.body = { message: 'Unavailable For Legal Reasons' };
});

app.use(router.routes()).use(router.allowedMethods());
