<?php
http_response_code(426);
header('Content-Type: application/json');
echo json_encode(['message' => 'Upgrade Required']);
?>
