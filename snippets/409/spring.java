@PutMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Conflict");
    return ResponseEntity.status(409).body(response);
}
