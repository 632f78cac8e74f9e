<?php
$body = json_encode(['message' => 'Partial Content']);
$size = strlen($body);
header('Content-Type: application/json');
// One byte range: 206 with exactly those bytes, or 416 when it starts past the end.
// Anything else (no Range, another unit, a malformed one, several ranges) gets the
// whole representation with 200 (a server may ignore Range).
if (preg_match('/^bytes=(\d+)-(\d*)$/', $_SERVER['HTTP_RANGE'] ?? '', $range)
    && ($range[2] === '' || $range[2] >= $range[1])) {
    $start = (int) $range[1];
    if ($start >= $size) {
        http_response_code(416);
        header("Content-Range: bytes */$size");
        echo json_encode(['message' => 'Range Not Satisfiable']);
        exit;
    }
    $end = $range[2] === '' ? $size - 1 : min((int) $range[2], $size - 1);
    http_response_code(206);
    header("Content-Range: bytes $start-$end/$size");
    echo substr($body, $start, $end - $start + 1);
} else {
    http_response_code(200);
    echo $body;
}
?>
