@GetMapping("/endpoint")
public ResponseEntity<byte[]> endpoint(@RequestHeader(value = "Range", required = false) String range) throws IOException {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Partial Content");
    byte[] body = new ObjectMapper().writeValueAsBytes(response);
    // One byte range gets 206 with exactly those bytes; anything else gets the
    // whole representation with 200 (a server may ignore Range).
    List<HttpRange> ranges = range == null ? List.of() : HttpRange.parseRanges(range);
    if (ranges.size() != 1) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
    long start = ranges.get(0).getRangeStart(body.length);
    long end = ranges.get(0).getRangeEnd(body.length);
    return ResponseEntity.status(206)
            .contentType(MediaType.APPLICATION_JSON)
            .header("Content-Range", "bytes " + start + "-" + end + "/" + body.length)
            .body(Arrays.copyOfRange(body, (int) start, (int) end + 1));
}
