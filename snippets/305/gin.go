package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(305, gin.H{
        "message": "Use Proxy",
    })
}
