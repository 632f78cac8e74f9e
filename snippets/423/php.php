<?php
http_response_code(423);
header('Content-Type: application/json');
echo json_encode(['message' => 'Locked']);
?>
