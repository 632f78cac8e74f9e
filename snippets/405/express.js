const express = require('express');
const app = express();

// The resource serves POST only. Express has no automatic 405, so the route
// answers every other method itself, with Allow listing what it serves.
app.route('/endpoint')
    .post((req, res) => {
        res.status(200).json({ message: 'OK' });
    })
    .all((req, res) => {
        res.set('Allow', 'POST');
        res.status(405).json({ message: 'Method Not Allowed' });
    });
