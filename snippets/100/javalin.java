config.routes.post("/endpoint", ctx -> {
    String body;
    if ("HTTP/1.0".equals(ctx.protocol())) {
        // Jetty's servlet input answers the expectation even from an HTTP/1.0 client, which
        // must get no 1xx (RFC 9110 10.1.1): read its body from Jetty's own request instead
        body = Content.Source.asString(ServletContextRequest.getServletContextRequest(ctx.req()));
    } else {
        // Jetty answers "Expect: 100-continue" with the interim 100 Continue when the
        // handler first reads the body
        body = ctx.body();
    }
    ctx.json(Map.of("message", "OK"));
});
