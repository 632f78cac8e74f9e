package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(414, gin.H{
        "message": "URI Too Long",
    })
}
