<?php
http_response_code(414);
header('Content-Type: application/json');
echo json_encode(['message' => 'URI Too Long']);
?>
