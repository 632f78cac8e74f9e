@GetMapping("/endpoint")
public ResponseEntity<Map<String, String>> endpoint(HttpServletRequest request, HttpServletResponse servletResponse) throws IOException {
    // No 1xx to an HTTP/1.0 client (RFC 9110 15.2)
    if (!"HTTP/1.0".equals(request.getProtocol())) {
        servletResponse.addHeader("Link", "</style.css>; rel=preload; as=style");
        // Tomcat sends the headers set so far as an interim 103 Early Hints; the response stays open
        servletResponse.sendError(103);
    }
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    return ResponseEntity.ok(response);
}
