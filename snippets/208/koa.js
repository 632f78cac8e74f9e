const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 208;
    ctx.body = { message: 'Already Reported' };
});

app.use(router.routes()).use(router.allowedMethods());
