const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.post('/endpoint', (ctx) => {
    ctx.set('Location', 'https://example.com/endpoint/42');
    ctx.status = 201;
    ctx.body = { message: 'Created' };
});

app.use(router.routes()).use(router.allowedMethods());
