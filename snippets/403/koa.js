const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 403;
    ctx.body = { message: 'Forbidden' };
});

app.use(router.routes()).use(router.allowedMethods());
