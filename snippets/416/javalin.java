Handler endpoint = ctx -> {
    byte[] body = ctx.jsonMapper().toJsonString(Map.of("message", "OK"), Map.class)
            .getBytes(StandardCharsets.UTF_8);
    String range = ctx.header("Range");
    // When every range of a bytes Range starts past the end of the representation, none can
    // be satisfied: 416 with the representation's length. Anything else gets it whole
    // with 200 (a server may ignore Range, RFC 9110 14.2).
    if (range != null && range.matches("bytes=\\d{1,18}-\\d{0,18}(\\s*,\\s*\\d{1,18}-\\d{0,18})*")
            && Arrays.stream(range.substring(6).split(","))
                    .allMatch(r -> Long.parseLong(r.trim().split("-")[0]) >= body.length)) {
        ctx.header("Content-Range", "bytes */" + body.length);
        ctx.status(416).json(Map.of("message", "Range Not Satisfiable"));
        return;
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
