@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Length Required");
    return ResponseEntity.status(411).body(response);
}
