const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.set('Retry-After', '60');
    ctx.status = 429;
    ctx.body = { message: 'Too Many Requests' };
});

app.use(router.routes()).use(router.allowedMethods());
