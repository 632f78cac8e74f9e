@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "URI Too Long");
    return ResponseEntity.status(414).body(response);
}
