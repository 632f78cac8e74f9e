<?php
http_response_code(300);
header('Content-Type: application/json');
echo json_encode(['message' => 'Multiple Choices']);
?>
