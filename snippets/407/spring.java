@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Proxy Authentication Required");
    return ResponseEntity.status(407)
            .header("Proxy-Authenticate", "Basic realm=\"proxy\"")
            .body(response);
}
