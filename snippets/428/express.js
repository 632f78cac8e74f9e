const express = require('express');
const app = express();

app.put('/endpoint', (req, res) => {
    res.status(428).json({ message: 'Precondition Required' });
});
