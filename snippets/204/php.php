<?php
http_response_code(204);
header('Content-Type: application/json');
echo json_encode(['message' => 'No Content']);
?>
