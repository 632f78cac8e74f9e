<?php
http_response_code(301);
header('Content-Type: application/json');
echo json_encode(['message' => 'Moved Permanently']);
?>
