<?php
// PHP cannot return 102 Processing correctly: PHP has no interim-response API; php -S sends a 102 set by the script as the final status, with the body after it
