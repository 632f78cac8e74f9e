<?php
http_response_code(400);
header('Content-Type: application/json');
echo json_encode(['message' => 'Bad Request']);
?>
