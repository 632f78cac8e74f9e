@PutMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Precondition Failed");
    return ResponseEntity.status(412).body(response);
}
