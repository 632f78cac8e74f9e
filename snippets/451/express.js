const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    // RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
    res.links({ 'blocked-by': 'https://example.com/legal' });
    res.status(451).json({ message: 'Unavailable For Legal Reasons' });
});
