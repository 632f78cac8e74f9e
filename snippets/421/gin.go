package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(421, gin.H{
        "message": "Misdirected Request",
    })
}
