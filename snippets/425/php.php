<?php
http_response_code(425);
header('Content-Type: application/json');
echo json_encode(['message' => 'Too Early']);
?>
