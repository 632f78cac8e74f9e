<?php
http_response_code(510);
header('Content-Type: application/json');
echo json_encode(['message' => 'Not Extended']);
?>
