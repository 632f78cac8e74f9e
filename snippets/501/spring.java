@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Not Implemented");
    return ResponseEntity.status(501).body(response);
}
