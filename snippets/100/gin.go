package main

import (
    "github.com/gin-gonic/gin"
)

// A POST handler: r.POST("/endpoint", handler).
func handler(c *gin.Context) {
    // The client sent "Expect: 100-continue" and holds the body back until it
    // gets the interim 100. Go's server under gin sends "100 Continue" by
    // itself on the first read of the body (here in ShouldBindJSON), and only
    // to a client that asked for it; the final response follows.
    var upload map[string]any
    if err := c.ShouldBindJSON(&upload); err != nil {
        c.JSON(400, gin.H{"message": "invalid JSON body"})
        return
    }
    c.JSON(200, gin.H{
        "message": "OK",
    })
}
