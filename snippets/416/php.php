<?php
http_response_code(416);
header('Content-Type: application/json');
header('Content-Range: bytes */16');
echo json_encode(['message' => 'Range Not Satisfiable']);
?>
