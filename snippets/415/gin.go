package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(415, gin.H{
        "message": "Unsupported Media Type",
    })
}
