Handler endpoint = ctx -> {
    // who asked for the block (RFC 7725 3)
    ctx.header("Link", "<https://example.com/legal>; rel=\"blocked-by\"");
    ctx.status(451).json(Map.of("message", "Unavailable For Legal Reasons"));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
