const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.set('Upgrade', 'HTTP/3.0');
    ctx.set('Connection', 'Upgrade');
    ctx.status = 426;
    ctx.body = { message: 'Upgrade Required' };
});

app.use(router.routes()).use(router.allowedMethods());
