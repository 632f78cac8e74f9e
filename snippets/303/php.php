<?php
http_response_code(303);
header('Content-Type: application/json');
echo json_encode(['message' => 'See Other']);
?>
