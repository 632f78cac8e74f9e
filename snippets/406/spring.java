@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Not Acceptable");
    return ResponseEntity.status(406).body(response);
}
