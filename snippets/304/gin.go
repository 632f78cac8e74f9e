package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "time"

    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    body, _ := json.Marshal(gin.H{"message": "OK"})
    c.Header("Content-Type", "application/json")
    c.Header("ETag", `"v1"`) // the current version of the resource
    // gin has no conditional-request support of its own; net/http's
    // ServeContent compares If-None-Match with the ETag as RFC 9110 13.1.2
    // says (weak comparison, "*", a list of tags): when the client's copy is
    // current, 304 with the ETag and no body; otherwise 200 with the body.
    http.ServeContent(c.Writer, c.Request, "", time.Time{}, bytes.NewReader(body))
}
