// Jetty speaks WebSocket version 13 only, and answers a handshake for another version with
// 405: answer it before the upgrade with 426 and the version Jetty speaks (RFC 6455 4.4)
config.routes.wsBeforeUpgrade("/endpoint", ctx -> {
    if (!"13".equals(ctx.header("Sec-WebSocket-Version"))) {
        ctx.header("Sec-WebSocket-Version", "13");
        ctx.header("Upgrade", "websocket");
        ctx.header("Connection", "Upgrade");
        ctx.status(HttpStatus.UPGRADE_REQUIRED).skipRemainingHandlers();
    }
});
// Javalin (Jetty) checks the handshake, computes Sec-WebSocket-Accept from the
// Sec-WebSocket-Key, sends 101 Switching Protocols and hands the connection to this
// handler, which echoes every text message back (and answers the client's close frame)
config.routes.ws("/endpoint", ws -> ws.onMessage(ctx -> ctx.send(ctx.message())));
