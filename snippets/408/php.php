<?php
http_response_code(408);
header('Content-Type: application/json');
echo json_encode(['message' => 'Request Timeout']);
?>
