<?php
http_response_code(508);
header('Content-Type: application/json');
echo json_encode(['message' => 'Loop Detected']);
?>
