package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(404, gin.H{
        "message": "Not Found",
    })
}
