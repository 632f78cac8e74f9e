package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(403, gin.H{
        "message": "Forbidden",
    })
}
