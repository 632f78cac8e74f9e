package main

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "regexp"
    "strconv"
    "time"

    "github.com/gin-gonic/gin"
)

// byteRange matches a Range of one byte range: "bytes=5000-", "bytes=0-99".
var byteRange = regexp.MustCompile(`^bytes=(\d+)-(\d*)$`)

func handler(c *gin.Context) {
    body, _ := json.Marshal(gin.H{"message": "OK"})
    m := byteRange.FindStringSubmatch(c.GetHeader("Range"))
    if m == nil {
        // No Range, or one this endpoint does not serve (another unit, several
        // ranges, a malformed one): ignored, as RFC 9110 14.2 allows.
        c.Request.Header.Del("Range")
    } else if first, err := strconv.Atoi(m[1]); err == nil && first >= len(body) {
        // The range starts past the end: no byte of it exists. Content-Range
        // gives the real length, so the client can ask again.
        c.Header("Content-Range", fmt.Sprintf("bytes */%d", len(body)))
        c.JSON(416, gin.H{
            "message": "Range Not Satisfiable",
        })
        return
    }
    // 206 with the bytes asked for, or 200 with the whole body (gin has no
    // range support of its own; net/http's ServeContent has).
    c.Header("Content-Type", "application/json")
    http.ServeContent(c.Writer, c.Request, "", time.Time{}, bytes.NewReader(body))
}
