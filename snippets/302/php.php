<?php
http_response_code(302);
header('Content-Type: application/json');
echo json_encode(['message' => 'Found']);
?>
