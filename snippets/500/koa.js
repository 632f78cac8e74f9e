const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 500;
    ctx.body = { message: 'Internal Server Error' };
});

app.use(router.routes()).use(router.allowedMethods());
