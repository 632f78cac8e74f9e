package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(431, gin.H{
        "message": "Request Header Fields Too Large",
    })
}
