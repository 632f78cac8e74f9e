<?php
http_response_code(412);
header('Content-Type: application/json');
echo json_encode(['message' => 'Precondition Failed']);
?>
