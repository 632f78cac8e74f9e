<?php
http_response_code(422);
header('Content-Type: application/json');
echo json_encode(['message' => 'Unprocessable Content']);
?>
