config.routes.post("/endpoint", ctx -> ctx.status(411).json(Map.of("message", "Length Required")));
