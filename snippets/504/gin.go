package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(504, gin.H{
        "message": "Gateway Timeout",
    })
}
