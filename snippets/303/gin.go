package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Location", "https://example.com/new-endpoint")
    c.JSON(303, gin.H{
        "message": "See Other",
    })
}
