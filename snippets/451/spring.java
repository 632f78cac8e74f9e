@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Unavailable For Legal Reasons");
    return ResponseEntity.status(451).body(response);
}
