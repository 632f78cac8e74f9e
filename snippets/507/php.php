<?php
http_response_code(507);
header('Content-Type: application/json');
echo json_encode(['message' => 'Insufficient Storage']);
?>
