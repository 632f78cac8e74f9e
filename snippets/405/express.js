const express = require('express');
const app = express();

app.get('/endpoint', (req, res) => {
    res.set('Allow', 'POST');
    res.status(405).json({ message: 'Method Not Allowed' });
});
