package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(402, gin.H{
        "message": "Payment Required",
    })
}
