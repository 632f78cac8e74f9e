<?php
http_response_code(204); // echo nothing: PHP sends any output, even on a 204
?>
