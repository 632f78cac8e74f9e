@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Unprocessable Content");
    return ResponseEntity.status(422).body(response);
}
