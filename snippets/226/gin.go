package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(226, gin.H{
        "message": "IM Used",
    })
}
