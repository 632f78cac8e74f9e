<?php
http_response_code(201);
header('Content-Type: application/json');
header('Location: https://example.com/endpoint/42');
echo json_encode(['message' => 'Created']);
?>
