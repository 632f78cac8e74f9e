<?php
http_response_code(431);
header('Content-Type: application/json');
echo json_encode(['message' => 'Request Header Fields Too Large']);
?>
