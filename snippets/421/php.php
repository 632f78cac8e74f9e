<?php
http_response_code(421);
header('Content-Type: application/json');
echo json_encode(['message' => 'Misdirected Request']);
?>
