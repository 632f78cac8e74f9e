<?php
http_response_code(304);
header('Content-Type: application/json');
echo json_encode(['message' => 'Not Modified']);
?>
