<?php
http_response_code(207);
header('Content-Type: application/json');
echo json_encode(['message' => 'Multi-Status']);
?>
