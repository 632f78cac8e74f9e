@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Permanent Redirect");
    return ResponseEntity.status(308)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
