<?php
http_response_code(306);
header('Content-Type: application/json');
echo json_encode(['message' => '(Unused)']);
?>
