package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    // No content: set the status and write no body and no Content-Type.
    c.Status(204)
}
