const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 431;
    ctx.body = { message: 'Request Header Fields Too Large' };
});

app.use(router.routes()).use(router.allowedMethods());
