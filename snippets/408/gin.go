package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(408, gin.H{
        "message": "Request Timeout",
    })
}
