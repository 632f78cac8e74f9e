package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(409, gin.H{
        "message": "Conflict",
    })
}
