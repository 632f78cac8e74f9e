<?php
http_response_code(205); // echo nothing: PHP sends any output, even on a 205
header('Content-Length: 0');
?>
