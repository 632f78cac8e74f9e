<?php
http_response_code(409);
header('Content-Type: application/json');
echo json_encode(['message' => 'Conflict']);
?>
