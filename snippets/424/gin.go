package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(424, gin.H{
        "message": "Failed Dependency",
    })
}
