package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Retry-After", "60")
    c.JSON(429, gin.H{
        "message": "Too Many Requests",
    })
}
