<?php
http_response_code(415);
header('Content-Type: application/json');
echo json_encode(['message' => 'Unsupported Media Type']);
?>
