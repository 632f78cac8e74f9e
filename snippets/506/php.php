<?php
http_response_code(506);
header('Content-Type: application/json');
echo json_encode(['message' => 'Variant Also Negotiates']);
?>
