@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Misdirected Request");
    return ResponseEntity.status(421).body(response);
}
