<?php
http_response_code(417);
header('Content-Type: application/json');
echo json_encode(['message' => 'Expectation Failed']);
?>
