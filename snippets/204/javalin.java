// 204 No Content carries no content: set the status and no result
config.routes.delete("/endpoint", ctx -> ctx.status(204));
