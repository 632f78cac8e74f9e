@DeleteMapping("/endpoint")
public ResponseEntity<Void> endpoint() {
    return ResponseEntity.status(204).build();
}
