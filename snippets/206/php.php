<?php
$body = json_encode(['message' => 'Partial Content']);
$size = strlen($body);
header('Content-Type: application/json');
// One satisfiable byte range gets 206 with exactly those bytes; anything else
// gets the whole representation with 200 (a server may ignore Range).
if (preg_match('/^bytes=(\d+)-(\d*)$/', $_SERVER['HTTP_RANGE'] ?? '', $range)
    && $range[1] < $size && ($range[2] === '' || $range[2] >= $range[1])) {
    $start = (int) $range[1];
    $end = $range[2] === '' ? $size - 1 : min((int) $range[2], $size - 1);
    http_response_code(206);
    header("Content-Range: bytes $start-$end/$size");
    echo substr($body, $start, $end - $start + 1);
} else {
    http_response_code(200);
    echo $body;
}
?>
