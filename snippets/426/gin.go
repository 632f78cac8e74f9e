package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Upgrade", "HTTP/3.0")
    c.Header("Connection", "Upgrade")
    c.JSON(426, gin.H{
        "message": "Upgrade Required",
    })
}
