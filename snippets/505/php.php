<?php
http_response_code(505);
header('Content-Type: application/json');
echo json_encode(['message' => 'HTTP Version Not Supported']);
?>
