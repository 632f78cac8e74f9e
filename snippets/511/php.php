<?php
http_response_code(511);
header('Content-Type: application/json');
echo json_encode(['message' => 'Network Authentication Required']);
?>
