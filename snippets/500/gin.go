package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(500, gin.H{
        "message": "Internal Server Error",
    })
}
