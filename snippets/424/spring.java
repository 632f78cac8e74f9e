@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Failed Dependency");
    return ResponseEntity.status(424).body(response);
}
