@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Not Modified");
    return ResponseEntity.status(304)
            .header("ETag", "\"v1\"")
            .body(response);
}
