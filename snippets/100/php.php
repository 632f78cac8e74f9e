<?php
http_response_code(100);
header('Content-Type: application/json');
echo json_encode(['message' => 'OK']);
?>
