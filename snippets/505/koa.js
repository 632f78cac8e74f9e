const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 505;
    ctx.body = { message: 'HTTP Version Not Supported' };
});

app.use(router.routes()).use(router.allowedMethods());
