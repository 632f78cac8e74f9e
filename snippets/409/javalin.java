config.routes.put("/endpoint", ctx -> ctx.status(409).json(Map.of("message", "Conflict")));
