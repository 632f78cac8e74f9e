package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(511, gin.H{
        "message": "Network Authentication Required",
    })
}
