package main

import (
    "github.com/gin-gonic/gin"
)

// The routes: the resource serves POST only. With HandleMethodNotAllowed on,
// gin answers any other method at that path with 405 and an Allow header
// listing the methods it does serve, and runs the NoMethod handlers for the body.
func routes(r *gin.Engine) {
    r.HandleMethodNotAllowed = true
    r.NoMethod(handler)
    r.POST("/endpoint", create)
}

func handler(c *gin.Context) {
    c.JSON(405, gin.H{
        "message": "Method Not Allowed",
    })
}

func create(c *gin.Context) {
    c.Header("Location", "/endpoint/1")
    c.JSON(201, gin.H{
        "message": "Created",
    })
}
