const express = require('express');
const app = express();

app.put('/endpoint', (req, res) => {
    res.status(412).json({ message: 'Precondition Failed' });
});
