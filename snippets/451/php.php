<?php
http_response_code(451);
header('Content-Type: application/json');
echo json_encode(['message' => 'Unavailable For Legal Reasons']);
?>
