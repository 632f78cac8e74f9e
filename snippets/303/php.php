<?php
http_response_code(303);
header('Content-Type: application/json');
header('Location: https://example.com/new-endpoint');
echo json_encode(['message' => 'See Other']);
?>
