package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(508, gin.H{
        "message": "Loop Detected",
    })
}
