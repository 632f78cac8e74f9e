@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Non-Authoritative Information");
    return ResponseEntity.status(203).body(response);
}
