<?php
http_response_code(407);
header('Content-Type: application/json');
header('Proxy-Authenticate: Basic realm="proxy"');
echo json_encode(['message' => 'Proxy Authentication Required']);
?>
