const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 414;
    ctx.body = { message: 'URI Too Long' };
});

app.use(router.routes()).use(router.allowedMethods());
