const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    // Interim 103 with preload hints (no 1xx for HTTP/1.0 clients). Koa has no API
    // for it: ctx.res is Node's response. The key must be `link` in lower case:
    // Node silently sends nothing otherwise.
    if (ctx.req.httpVersion !== '1.0') {
        ctx.res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    }
    ctx.status = 200;
    ctx.body = { message: 'OK' };
});

app.use(router.routes()).use(router.allowedMethods());
