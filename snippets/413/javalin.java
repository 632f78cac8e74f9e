config.routes.post("/endpoint", ctx -> ctx.status(413).json(Map.of("message", "Content Too Large")));
