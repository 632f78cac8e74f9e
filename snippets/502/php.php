<?php
http_response_code(502);
header('Content-Type: application/json');
echo json_encode(['message' => 'Bad Gateway']);
?>
