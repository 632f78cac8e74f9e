<?php
http_response_code(504);
header('Content-Type: application/json');
echo json_encode(['message' => 'Gateway Timeout']);
?>
