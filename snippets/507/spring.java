@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Insufficient Storage");
    return ResponseEntity.status(507).body(response);
}
