const http = require('http');
const Koa = require('koa');
const Router = require('@koa/router');
const { bodyParser } = require('@koa/bodyparser'); // from npm: Koa's own body parser

const app = new Koa();
const router = new Router();

router.post('/endpoint', bodyParser(), (ctx) => {
    // ctx.request.body holds the JSON the client sent after the 100.
    ctx.status = 200;
    ctx.body = { message: 'OK' };
});

app.use(router.routes()).use(router.allowedMethods());

const handle = app.callback();
const server = http.createServer(handle);

// A request with "Expect: 100-continue" holds its body back. With this listener
// Node leaves the answer to you: send the interim 100 and let Koa read the body,
// or reply with a final status (e.g. 413) instead. Node never calls it for an
// HTTP/1.0 request, which must not get a 100.
server.on('checkContinue', (req, res) => {
    res.writeContinue();
    handle(req, res);
});
