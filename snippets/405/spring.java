@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    return ResponseEntity.ok(response);
}

// Spring itself answers a method no handler maps with 405 and Allow, but with its own
// error body (and a logged warning); this handler answers GET (and HEAD) with the JSON message
@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> methodNotAllowed() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Method Not Allowed");
    return ResponseEntity.status(405)
            .header("Allow", "POST")
            .body(response);
}
