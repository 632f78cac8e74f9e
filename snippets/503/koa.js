const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 503;
    ctx.body = { message: 'Service Unavailable' };
});

app.use(router.routes()).use(router.allowedMethods());
