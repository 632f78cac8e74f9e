<?php
http_response_code(401);
header('Content-Type: application/json');
header('WWW-Authenticate: Bearer realm="example"');
echo json_encode(['message' => 'Unauthorized']);
?>
