@PutMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Precondition Required");
    return ResponseEntity.status(428).body(response);
}
