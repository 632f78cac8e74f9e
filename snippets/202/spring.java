@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Accepted");
    return ResponseEntity.status(202).body(response);
}
