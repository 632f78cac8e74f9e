const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 226;
    ctx.body = { message: 'IM Used' };
});

app.use(router.routes()).use(router.allowedMethods());
