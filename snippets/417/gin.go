package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(417, gin.H{
        "message": "Expectation Failed",
    })
}
