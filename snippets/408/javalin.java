Handler endpoint = ctx -> {
    // The server gives up on this connection: Connection: close tells the client, and
    // Jetty closes the connection once the response is sent.
    ctx.header("Connection", "close");
    ctx.status(408).json(Map.of("message", "Request Timeout"));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
