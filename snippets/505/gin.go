package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(505, gin.H{
        "message": "HTTP Version Not Supported",
    })
}
