config.routes.post("/endpoint", ctx -> {
    ctx.header("Location", "https://example.com/endpoint/42");
    ctx.status(201).json(Map.of("message", "Created"));
});
