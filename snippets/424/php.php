<?php
http_response_code(424);
header('Content-Type: application/json');
echo json_encode(['message' => 'Failed Dependency']);
?>
