<?php
http_response_code(429);
header('Content-Type: application/json');
echo json_encode(['message' => 'Too Many Requests']);
?>
