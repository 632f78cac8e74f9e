package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(503, gin.H{
        "message": "Service Unavailable",
    })
}
