<?php
http_response_code(402);
header('Content-Type: application/json');
echo json_encode(['message' => 'Payment Required']);
?>
