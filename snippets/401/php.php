<?php
http_response_code(401);
header('Content-Type: application/json');
echo json_encode(['message' => 'Unauthorized']);
?>
