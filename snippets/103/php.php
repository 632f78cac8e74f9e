<?php
http_response_code(103);
header('Content-Type: application/json');
echo json_encode(['message' => 'OK']);
?>
