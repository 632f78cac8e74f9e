package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Proxy-Authenticate", "Basic realm=\"proxy\"")
    c.JSON(407, gin.H{
        "message": "Proxy Authentication Required",
    })
}
