@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Unavailable For Legal Reasons");
    return ResponseEntity.status(451)
            // who asked for the block (RFC 7725 3)
            .header("Link", "<https://example.com/legal>; rel=\"blocked-by\"")
            .body(response);
}
