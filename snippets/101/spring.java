@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint() {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Switching Protocols");
    return ResponseEntity.status(101)
            .header("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
            .header("Upgrade", "websocket")
            .header("Connection", "Upgrade")
            .body(response);
}
