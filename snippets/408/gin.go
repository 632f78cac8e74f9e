package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    // The server gives up on this connection: "Connection: close" makes
    // net/http close it after the response (RFC 9110 15.5.9).
    c.Header("Connection", "close")
    c.JSON(408, gin.H{
        "message": "Request Timeout",
    })
}
