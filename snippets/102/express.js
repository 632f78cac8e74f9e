const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    // Interim 102: still working, don't time out (no 1xx for HTTP/1.0 clients).
    if (req.httpVersion !== '1.0') {
        res.writeProcessing();
    }
    setTimeout(() => { // stands in for the slow work
        res.status(200).json({ message: 'OK' });
    }, 1000);
});
