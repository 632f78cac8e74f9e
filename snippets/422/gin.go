package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(422, gin.H{
        "message": "Unprocessable Content",
    })
}
