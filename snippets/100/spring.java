// Tomcat answers "Expect: 100-continue" with the interim 100 Continue by itself
@PostMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint(@RequestBody String body) {
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    return ResponseEntity.ok(response);
}
