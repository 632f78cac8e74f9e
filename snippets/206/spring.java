@GetMapping("/endpoint")
public ResponseEntity<byte[]> endpoint(@RequestHeader HttpHeaders headers) throws IOException {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Partial Content");
    byte[] body = new ObjectMapper().writeValueAsBytes(response);
    List<HttpRange> ranges;
    try {
        ranges = headers.getRange();
    } catch (IllegalArgumentException e) {
        ranges = List.of(); // another unit or a malformed Range: ignore it (RFC 9110 14.2)
    }
    // One byte range gets 206 with exactly those bytes; anything else gets the
    // whole representation with 200 (a server may ignore Range).
    if (ranges.size() != 1) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
    long start = ranges.get(0).getRangeStart(body.length);
    if (start >= body.length) { // it starts past the end: 416 with the representation's length
        return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Range", "bytes */" + body.length)
                .body(new ObjectMapper().writeValueAsBytes(Map.of("message", "Range Not Satisfiable")));
    }
    long end = ranges.get(0).getRangeEnd(body.length);
    return ResponseEntity.status(206)
            .contentType(MediaType.APPLICATION_JSON)
            .header("Content-Range", "bytes " + start + "-" + end + "/" + body.length)
            .body(Arrays.copyOfRange(body, (int) start, (int) end + 1));
}
