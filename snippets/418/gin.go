package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.JSON(418, gin.H{
        "message": "I'm a teapot",
    })
}
