Handler endpoint = ctx -> {
    // No 1xx to an HTTP/1.0 client (RFC 9110 15.2)
    if (!"HTTP/1.0".equals(ctx.protocol())) {
        // Jetty sends sendError(102) as an interim 102 Processing; the response stays open
        ctx.res().sendError(102);
    }
    ctx.json(Map.of("message", "OK"));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
