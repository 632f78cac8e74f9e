@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Gateway Timeout");
    return ResponseEntity.status(504).body(response);
}
