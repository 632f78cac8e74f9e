const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.set('WWW-Authenticate', 'Bearer realm="example"');
    ctx.status = 401;
    ctx.body = { message: 'Unauthorized' };
});

app.use(router.routes()).use(router.allowedMethods());
