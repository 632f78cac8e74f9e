package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(406, gin.H{
        "message": "Not Acceptable",
    })
}
