@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Variant Also Negotiates");
    return ResponseEntity.status(506).body(response);
}
