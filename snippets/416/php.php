<?php
http_response_code(416);
header('Content-Type: application/json');
echo json_encode(['message' => 'Range Not Satisfiable']);
?>
