package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "time"

    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    body, _ := json.Marshal(gin.H{"message": "Partial Content"})
    c.Header("Content-Type", "application/json")
    // net/http's ServeContent honours the Range header: 206 with the bytes
    // asked for and a Content-Range counted from the body ("bytes=0-" gets all
    // N bytes as "bytes 0-(N-1)/N"), 416 for a range past the end, 200 without
    // a Range.
    http.ServeContent(c.Writer, c.Request, "", time.Time{}, bytes.NewReader(body))
}
