package main

import (
    "net/http"

    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    c.Header("Link", "</style.css>; rel=preload; as=style")
    // gin's c.Status only records the final status, so the interim 103 goes
    // through net/http's own ResponseWriter, which sends it at once with the
    // headers set so far (never to an HTTP/1.0 client); they stay set, so the
    // final response repeats them.
    if c.Request.ProtoAtLeast(1, 1) {
        w := c.Writer.(interface{ Unwrap() http.ResponseWriter }).Unwrap()
        w.WriteHeader(103)
    }
    c.JSON(200, gin.H{
        "message": "OK",
    })
}
