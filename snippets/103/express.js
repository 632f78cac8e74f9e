const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    // Interim 103 with preload hints (no 1xx for HTTP/1.0 clients).
    // The key must be `link` in lower case: Node silently sends nothing otherwise.
    if (req.httpVersion !== '1.0') {
        res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    }
    res.status(200).json({ message: 'OK' });
});
