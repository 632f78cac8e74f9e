package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    // No content: set the status and write no body (Go would send one on a
    // 205 if you wrote it).
    c.Status(205)
}
