Handler endpoint = ctx -> {
    byte[] body = ctx.jsonMapper().toJsonString(Map.of("message", "Partial Content"), Map.class)
            .getBytes(StandardCharsets.UTF_8);
    ctx.header("Accept-Ranges", "bytes").contentType(ContentType.APPLICATION_JSON);
    // Javalin's ctx.writeSeekableStream serves ranges of audio and video only (and with 200):
    // parse a single byte range by hand. Anything else (no Range, another unit, several
    // ranges, a malformed one) gets the whole representation with 200: a server may ignore
    // Range (RFC 9110 14.2).
    Matcher range = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})").matcher(Objects.toString(ctx.header("Range"), ""));
    if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
        ctx.result(body);
        return;
    }
    long start, end;
    if (range.group(1).isEmpty()) { // bytes=-N: the last N bytes
        start = Math.max(0, body.length - Long.parseLong(range.group(2)));
        end = body.length - 1;
    } else { // bytes=A- or bytes=A-B
        start = Long.parseLong(range.group(1));
        end = range.group(2).isEmpty() ? body.length - 1 : Long.parseLong(range.group(2));
        if (end < start) { // an invalid range: ignore it
            ctx.result(body);
            return;
        }
        end = Math.min(end, body.length - 1);
    }
    if (start >= body.length) { // it starts past the end: 416 with the representation's length
        ctx.header("Content-Range", "bytes */" + body.length);
        ctx.status(HttpStatus.RANGE_NOT_SATISFIABLE).json(Map.of("message", "Range Not Satisfiable"));
        return;
    }
    ctx.header("Content-Range", "bytes " + start + "-" + end + "/" + body.length);
    ctx.status(206).result(Arrays.copyOfRange(body, (int) start, (int) end + 1));
};
config.routes.get("/endpoint", endpoint);
// Javalin answers a HEAD to a GET route with an empty 200 of its own: route HEAD to
// the same handler, so that it gets the GET's status and header fields
config.routes.head("/endpoint", endpoint);
