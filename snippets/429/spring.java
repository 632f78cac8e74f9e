@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Too Many Requests");
    return ResponseEntity.status(429)
            .header("Retry-After", "60")
            .body(response);
}
