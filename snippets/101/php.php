<?php
// PHP cannot return 101 Switching Protocols correctly: the script never gets the connection: php -S sends a 101 as an ordinary response, with its own Connection: close beside the script's Connection: Upgrade, sends the script's output as a body and closes, so no WebSocket frame can follow
