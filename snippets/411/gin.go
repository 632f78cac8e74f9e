package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(411, gin.H{
        "message": "Length Required",
    })
}
