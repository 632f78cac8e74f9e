<?php
// PHP cannot return 103 Early Hints correctly: PHP has no interim-response API (FrankenPHP's own headers_send(103) aside); php -S sends a 103 set by the script, flushed or not, as the final status
