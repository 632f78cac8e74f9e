@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "HTTP Version Not Supported");
    return ResponseEntity.status(505).body(response);
}
