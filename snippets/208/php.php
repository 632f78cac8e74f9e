<?php
http_response_code(208);
header('Content-Type: application/json');
echo json_encode(['message' => 'Already Reported']);
?>
