@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Range Not Satisfiable");
    return ResponseEntity.status(416)
            .header("Content-Range", "bytes */16")
            .body(response);
}
