config.routes.post("/endpoint", ctx -> ctx.status(422).json(Map.of("message", "Unprocessable Content")));
