package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(413, gin.H{
        "message": "Content Too Large",
    })
}
