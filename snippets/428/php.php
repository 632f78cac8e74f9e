<?php
http_response_code(428);
header('Content-Type: application/json');
echo json_encode(['message' => 'Precondition Required']);
?>
