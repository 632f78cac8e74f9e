<?php
http_response_code(426);
header('Content-Type: application/json');
header('Upgrade: HTTP/3.0');
header('Connection: Upgrade');
echo json_encode(['message' => 'Upgrade Required']);
?>
