<?php
http_response_code(308);
header('Content-Type: application/json');
echo json_encode(['message' => 'Permanent Redirect']);
?>
