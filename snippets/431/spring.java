@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Request Header Fields Too Large");
    return ResponseEntity.status(431).body(response);
}
