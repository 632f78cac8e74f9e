const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/endpoint', (ctx) => {
    // The server gives up on this connection: Connection: close tells the client,
    // and Node closes the connection once the response is sent.
    ctx.set('Connection', 'close');
    ctx.status = 408;
    ctx.body = { message: 'Request Timeout' };
});

app.use(router.routes()).use(router.allowedMethods());
