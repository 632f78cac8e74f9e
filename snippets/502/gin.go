package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(502, gin.H{
        "message": "Bad Gateway",
    })
}
