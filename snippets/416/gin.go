package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Content-Range", "bytes */16")
    c.JSON(416, gin.H{
        "message": "Range Not Satisfiable",
    })
}
