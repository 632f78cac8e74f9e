@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Unsupported Media Type");
    return ResponseEntity.status(415).body(response);
}
