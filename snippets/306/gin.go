package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(306, gin.H{
        "message": "(Unused)",
    })
}
