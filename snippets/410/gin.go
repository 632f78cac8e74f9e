package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(410, gin.H{
        "message": "Gone",
    })
}
