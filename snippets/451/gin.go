package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    // Who implements the block (RFC 7725 3).
    c.Header("Link", `<https://example.com/legal>; rel="blocked-by"`)
    c.JSON(451, gin.H{
        "message": "Unavailable For Legal Reasons",
    })
}
