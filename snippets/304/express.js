const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('ETag', '"v1"'); // the current version of the resource
    // req.fresh compares the request's If-None-Match with that ETag.
    if (req.fresh) {
        res.status(304).end(); // the client's cached copy is current: no body
        return;
    }
    res.status(200).json({ message: 'OK' });
});
