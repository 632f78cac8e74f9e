@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "I'm a teapot");
    return ResponseEntity.status(418).body(response);
}
