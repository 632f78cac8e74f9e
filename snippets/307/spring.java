@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Temporary Redirect");
    return ResponseEntity.status(307)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
