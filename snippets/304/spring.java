@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    // Spring compares the request's If-None-Match with this ETag and, on a match,
    // answers 304 Not Modified without the body instead of 200
    return ResponseEntity.ok().eTag("\"v1\"").body(response);
}
