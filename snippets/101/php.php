<?php
// PHP cannot return 101 Switching Protocols correctly: the script never gets the connection; php -S sends a 101 as an ordinary response and then closes the connection, so no protocol switch happens
