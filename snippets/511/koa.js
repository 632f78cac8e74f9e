const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 511;
    ctx.body = { message: 'Network Authentication Required' };
});

app.use(router.routes()).use(router.allowedMethods());
