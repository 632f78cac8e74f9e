@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "See Other");
    return ResponseEntity.status(303)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
