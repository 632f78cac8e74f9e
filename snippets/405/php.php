<?php
// This resource takes POST only; any other method gets 405 with the methods it takes
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    header('Content-Type: application/json');
    header('Allow: POST');
    echo json_encode(['message' => 'Method Not Allowed']);
    exit;
}
header('Content-Type: application/json');
echo json_encode(['message' => 'OK']);
?>
