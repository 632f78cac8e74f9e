<?php
http_response_code(406);
header('Content-Type: application/json');
echo json_encode(['message' => 'Not Acceptable']);
?>
