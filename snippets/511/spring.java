@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Network Authentication Required");
    return ResponseEntity.status(511).body(response);
}
