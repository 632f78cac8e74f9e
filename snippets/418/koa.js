const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    ctx.status = 418;
    ctx.body = { message: "I'm a teapot" };
});

app.use(router.routes()).use(router.allowedMethods());
