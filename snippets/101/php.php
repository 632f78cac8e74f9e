<?php
http_response_code(101);
header('Content-Type: application/json');
echo json_encode(['message' => 'Switching Protocols']);
?>
