<?php
http_response_code(407);
header('Content-Type: application/json');
echo json_encode(['message' => 'Proxy Authentication Required']);
?>
