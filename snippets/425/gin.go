package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(425, gin.H{
        "message": "Too Early",
    })
}
