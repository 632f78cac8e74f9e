<?php
http_response_code(405);
header('Content-Type: application/json');
header('Allow: POST');
echo json_encode(['message' => 'Method Not Allowed']);
?>
