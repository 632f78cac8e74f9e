package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(507, gin.H{
        "message": "Insufficient Storage",
    })
}
