<?php
http_response_code(202);
header('Content-Type: application/json');
echo json_encode(['message' => 'Accepted']);
?>
