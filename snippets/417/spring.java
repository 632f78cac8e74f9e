@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Expectation Failed");
    return ResponseEntity.status(417).body(response);
}
