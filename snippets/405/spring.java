@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Method Not Allowed");
    return ResponseEntity.status(405)
            .header("Allow", "POST")
            .body(response);
}
