@GetMapping("/endpoint")
public ResponseEntity<byte[]> endpoint(@RequestHeader HttpHeaders headers) throws IOException {
    Map<String, String> response = new HashMap<>();
    response.put("message", "OK");
    byte[] body = new ObjectMapper().writeValueAsBytes(response);
    List<HttpRange> ranges;
    try {
        ranges = headers.getRange();
    } catch (IllegalArgumentException e) {
        ranges = List.of(); // another unit or a malformed Range: ignore it (RFC 9110 14.2)
    }
    // When every range starts past the end of the representation, none can be satisfied:
    // 416 with the representation's length. Anything else gets it whole with 200.
    if (!ranges.isEmpty() && ranges.stream().allMatch(range -> range.getRangeStart(body.length) >= body.length)) {
        Map<String, String> error = new HashMap<>();
        error.put("message", "Range Not Satisfiable");
        return ResponseEntity.status(416)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Range", "bytes */" + body.length)
                .body(new ObjectMapper().writeValueAsBytes(error));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
}
