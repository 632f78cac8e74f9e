@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Unauthorized");
    return ResponseEntity.status(401)
            .header("WWW-Authenticate", "Bearer realm=\"example\"")
            .body(response);
}
