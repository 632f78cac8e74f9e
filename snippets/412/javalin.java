config.routes.put("/endpoint", ctx -> ctx.status(412).json(Map.of("message", "Precondition Failed")));
