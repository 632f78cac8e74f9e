// 205 Reset Content carries no content: set the status and no result
config.routes.post("/endpoint", ctx -> ctx.status(205));
