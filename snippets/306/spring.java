@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "(Unused)");
    return ResponseEntity.status(306).body(response);
}
