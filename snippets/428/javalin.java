config.routes.put("/endpoint", ctx -> ctx.status(428).json(Map.of("message", "Precondition Required")));
