package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(412, gin.H{
        "message": "Precondition Failed",
    })
}
