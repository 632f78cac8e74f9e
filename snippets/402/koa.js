const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 402;
    ctx.body = { message: 'Payment Required' };
});

app.use(router.routes()).use(router.allowedMethods());
