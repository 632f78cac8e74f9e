<?php
ini_set('default_mimetype', ''); // no default Content-Type on the bodiless 304
$etag = '"v1"';
header('ETag: ' . $etag);
// If-None-Match lists tags (a weak W/"v1" matches too) or is *
$tags = preg_split('/\s*,\s*/', trim($_SERVER['HTTP_IF_NONE_MATCH'] ?? ''));
if (in_array('*', $tags, true) || in_array($etag, preg_replace('#^W/#', '', $tags), true)) {
    http_response_code(304); // echo nothing: PHP sends any output, even on a 304
} else {
    header('Content-Type: application/json');
    echo json_encode(['message' => 'OK']);
}
?>
