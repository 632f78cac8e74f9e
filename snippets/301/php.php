<?php
http_response_code(301);
header('Content-Type: application/json');
header('Location: https://example.com/new-endpoint');
echo json_encode(['message' => 'Moved Permanently']);
?>
