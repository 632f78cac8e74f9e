@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Created");
    return ResponseEntity.status(201)
            .header("Location", "https://example.com/endpoint/42")
            .body(response);
}
