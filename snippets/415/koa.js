const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.post('/endpoint', (ctx) => {
    ctx.status = 415;
    ctx.body = { message: 'Unsupported Media Type' };
});

app.use(router.routes()).use(router.allowedMethods());
