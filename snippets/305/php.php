<?php
http_response_code(305);
header('Content-Type: application/json');
echo json_encode(['message' => 'Use Proxy']);
?>
