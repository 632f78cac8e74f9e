<?php
http_response_code(226);
header('Content-Type: application/json');
echo json_encode(['message' => 'IM Used']);
?>
