const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.put('/endpoint', (ctx) => {
    ctx.status = 428;
    ctx.body = { message: 'Precondition Required' };
});

app.use(router.routes()).use(router.allowedMethods());
