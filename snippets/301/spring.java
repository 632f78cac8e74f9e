@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Moved Permanently");
    return ResponseEntity.status(301)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
