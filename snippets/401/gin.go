package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("WWW-Authenticate", "Bearer realm=\"example\"")
    c.JSON(401, gin.H{
        "message": "Unauthorized",
    })
}
