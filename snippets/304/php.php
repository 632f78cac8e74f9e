<?php
http_response_code(304);
header('Content-Type: application/json');
header('ETag: "v1"');
echo json_encode(['message' => 'Not Modified']);
?>
