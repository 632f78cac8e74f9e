const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.delete('/endpoint', (ctx) => {
    ctx.status = 204; // Koa sends no body with it
});

app.use(router.routes()).use(router.allowedMethods());
