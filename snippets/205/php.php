<?php
http_response_code(205);
header('Content-Type: application/json');
echo json_encode(['message' => 'Reset Content']);
?>
