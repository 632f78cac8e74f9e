@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Internal Server Error");
    return ResponseEntity.status(500).body(response);
}
