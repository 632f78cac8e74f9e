package main

import (
    "net/http"
    "time"

    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    // gin's c.Status only records the final status, so the interim 102 goes
    // through net/http's own ResponseWriter, which sends a 1xx at once
    // (never to an HTTP/1.0 client).
    if c.Request.ProtoAtLeast(1, 1) {
        w := c.Writer.(interface{ Unwrap() http.ResponseWriter }).Unwrap()
        w.WriteHeader(102)
    }
    time.Sleep(time.Second) // stands in for the slow work
    c.JSON(200, gin.H{
        "message": "OK",
    })
}
