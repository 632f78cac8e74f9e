<?php
http_response_code(418);
header('Content-Type: application/json');
echo json_encode(['message' => "I'm a teapot"]);
?>
