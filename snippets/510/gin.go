package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(510, gin.H{
        "message": "Not Extended",
    })
}
