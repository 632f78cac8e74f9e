<?php
http_response_code(451);
header('Content-Type: application/json');
header('Link: <https://example.com/legal>; rel="blocked-by"'); // who asked for the block (RFC 7725 3)
echo json_encode(['message' => 'Unavailable For Legal Reasons']);
?>
