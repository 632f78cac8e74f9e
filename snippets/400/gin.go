package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(400, gin.H{
        "message": "Bad Request",
    })
}
