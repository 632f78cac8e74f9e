config.routes.post("/endpoint", ctx -> ctx.status(202).json(Map.of("message", "Accepted")));
