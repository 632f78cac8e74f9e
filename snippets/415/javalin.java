config.routes.post("/endpoint", ctx -> ctx.status(415).json(Map.of("message", "Unsupported Media Type")));
