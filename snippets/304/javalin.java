Handler endpoint = ctx -> {
    ctx.header("ETag", "\"v1\""); // the current version of the resource
    // Javalin itself answers 304 only when If-None-Match is exactly the ETag; RFC 9110
    // 13.1.2 compares each tag of the list weakly (W/"v1" matches "v1"), and * matches any
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
            .map(tag -> tag.trim().replaceFirst("^W/", ""))
            .anyMatch(tag -> tag.equals("*") || tag.equals("\"v1\""))) {
        ctx.status(304); // 304 Not Modified: no content, the ETag still sent
        ctx.res().setContentType(null); // not Javalin's default text/plain: there is no content
        // Jetty would add Content-Length: 0 as the handler ends, but a 304 may carry only
        // the 200's length (RFC 9110 8.6): committing the response now sends none
        ctx.res().flushBuffer();
        return;
    }
    ctx.json(Map.of("message", "OK"));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
