config.routes.post("/endpoint", ctx -> ctx.status(100).json(Map.of("message", "OK")));
