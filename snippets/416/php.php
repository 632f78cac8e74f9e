<?php
$body = json_encode(['message' => 'OK']);
$size = strlen($body);
header('Content-Type: application/json');
// A byte range that starts at or past the end of the representation cannot be
// satisfied: 416 with the representation's length. Anything else (no Range,
// another unit, a malformed one) gets the whole representation with 200.
if (preg_match('/^bytes=(\d+)-(\d*)$/', $_SERVER['HTTP_RANGE'] ?? '', $range) && $range[1] >= $size) {
    http_response_code(416);
    header("Content-Range: bytes */$size");
    echo json_encode(['message' => 'Range Not Satisfiable']);
} else {
    echo $body;
}
?>
