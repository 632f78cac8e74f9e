@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Upgrade Required");
    return ResponseEntity.status(426)
            .header("Upgrade", "HTTP/3.0")
            .header("Connection", "Upgrade")
            .body(response);
}
