<?php
http_response_code(429);
header('Content-Type: application/json');
header('Retry-After: 60');
echo json_encode(['message' => 'Too Many Requests']);
?>
