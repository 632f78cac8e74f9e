<?php
http_response_code(307);
header('Content-Type: application/json');
echo json_encode(['message' => 'Temporary Redirect']);
?>
