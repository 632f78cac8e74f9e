@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Found");
    return ResponseEntity.status(302)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
