<?php
http_response_code(101);
header('Content-Type: application/json');
header('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
header('Upgrade: websocket');
header('Connection: Upgrade');
echo json_encode(['message' => 'Switching Protocols']);
?>
