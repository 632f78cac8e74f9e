<?php
// PHP cannot return 100 Continue correctly: php -S never sends 100 Continue; it waits for the whole request body before the script runs
