const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 203;
    ctx.body = { message: 'Non-Authoritative Information' };
});

app.use(router.routes()).use(router.allowedMethods());
