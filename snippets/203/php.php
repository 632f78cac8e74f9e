<?php
http_response_code(203);
header('Content-Type: application/json');
echo json_encode(['message' => 'Non-Authoritative Information']);
?>
