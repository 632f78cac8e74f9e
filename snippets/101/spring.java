@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Switching Protocols");
    return ResponseEntity.status(101).body(response);
}
