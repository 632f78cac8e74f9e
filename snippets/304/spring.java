@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
    // If-None-Match: * matches any current representation (RFC 9110 13.1.2), but Spring
    // only applies it to unsafe methods, so a GET with it is answered here
    if (ifNoneMatch != null && ifNoneMatch.trim().equals("*")) {
        return ResponseEntity.status(304).eTag("\"v1\"").build();
    }
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    // Spring compares the request's If-None-Match tags with this ETag (weakly, so W/"v1"
    // matches too) and, on a match, answers 304 Not Modified without the body instead of 200
    return ResponseEntity.ok().eTag("\"v1\"").body(response);
}
