@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint(HttpServletResponse servletResponse) throws IOException {
    servletResponse.addHeader("Link", "</style.css>; rel=preload; as=style");
    // Tomcat sends the headers set so far as an interim 103 Early Hints; the response stays open
    servletResponse.sendError(103);
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    return ResponseEntity.ok(response);
}
