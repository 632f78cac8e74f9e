Handler endpoint = ctx -> {
    ctx.header("Upgrade", "HTTP/3.0");
    ctx.header("Connection", "Upgrade");
    ctx.status(426).json(Map.of("message", "Upgrade Required"));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
