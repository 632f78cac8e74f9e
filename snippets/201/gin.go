package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Location", "https://example.com/endpoint/42")
    c.JSON(201, gin.H{
        "message": "Created",
    })
}
