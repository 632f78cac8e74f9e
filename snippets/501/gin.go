package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(501, gin.H{
        "message": "Not Implemented",
    })
}
