<?php
http_response_code(413);
header('Content-Type: application/json');
echo json_encode(['message' => 'Content Too Large']);
?>
