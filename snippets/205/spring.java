@PostMapping("/endpoint")
public ResponseEntity<Void> endpoint() {
    return ResponseEntity.status(205).build();
}
