const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.set('Location', 'https://example.com/new-endpoint');
    ctx.status = 301;
    ctx.body = { message: 'Moved Permanently' };
});

app.use(router.routes()).use(router.allowedMethods());
