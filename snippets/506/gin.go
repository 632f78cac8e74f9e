package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(506, gin.H{
        "message": "Variant Also Negotiates",
    })
}
