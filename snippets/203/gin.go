package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(203, gin.H{
        "message": "Non-Authoritative Information",
    })
}
