package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(207, gin.H{
        "message": "Multi-Status",
    })
}
