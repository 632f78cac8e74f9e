const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 207;
    ctx.body = { message: 'Multi-Status' };
});

app.use(router.routes()).use(router.allowedMethods());
