package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(428, gin.H{
        "message": "Precondition Required",
    })
}
