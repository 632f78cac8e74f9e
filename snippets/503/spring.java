@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Service Unavailable");
    return ResponseEntity.status(503).body(response);
}
