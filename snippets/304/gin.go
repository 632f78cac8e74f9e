package main

import (
    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    const etag = `"v1"` // the current version of the resource
    c.Header("ETag", etag)
    if c.GetHeader("If-None-Match") == etag {
        // The client's cached copy is current: no body.
        c.Status(304)
        return
    }
    c.JSON(200, gin.H{
        "message": "OK",
    })
}
