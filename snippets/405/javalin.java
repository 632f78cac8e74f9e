config.routes.post("/endpoint", ctx -> ctx.json(Map.of("message", "OK")));

// Javalin answers a method no route maps with 404 (405 and its own body with
// config.http.prefer405over404): this handler answers GET (and HEAD) with 405,
// the Allow header and the JSON message
Handler methodNotAllowed = ctx -> {
    ctx.header("Allow", "POST");
    ctx.status(405).json(Map.of("message", "Method Not Allowed"));
};
config.routes.get("/endpoint", methodNotAllowed);
config.routes.head("/endpoint", methodNotAllowed);
