<?php
http_response_code(206);
header('Content-Type: application/json');
echo json_encode(['message' => 'Partial Content']);
?>
