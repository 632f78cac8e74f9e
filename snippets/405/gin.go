package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Allow", "POST")
    c.JSON(405, gin.H{
        "message": "Method Not Allowed",
    })
}
