package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(423, gin.H{
        "message": "Locked",
    })
}
