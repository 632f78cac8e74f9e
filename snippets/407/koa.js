const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.set('Proxy-Authenticate', 'Basic realm="proxy"');
    ctx.status = 407;
    ctx.body = { message: 'Proxy Authentication Required' };
});

app.use(router.routes()).use(router.allowedMethods());
