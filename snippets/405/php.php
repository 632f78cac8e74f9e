<?php
http_response_code(405);
header('Content-Type: application/json');
echo json_encode(['message' => 'Method Not Allowed']);
?>
