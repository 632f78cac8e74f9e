@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Multiple Choices");
    return ResponseEntity.status(300)
            .header("Location", "https://example.com/new-endpoint")
            .body(response);
}
