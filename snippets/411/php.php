<?php
http_response_code(411);
header('Content-Type: application/json');
echo json_encode(['message' => 'Length Required']);
?>
