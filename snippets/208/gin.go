package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(208, gin.H{
        "message": "Already Reported",
    })
}
