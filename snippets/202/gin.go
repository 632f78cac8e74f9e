package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(202, gin.H{
        "message": "Accepted",
    })
}
