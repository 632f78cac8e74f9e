@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Bad Gateway");
    return ResponseEntity.status(502).body(response);
}
