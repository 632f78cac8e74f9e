package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "regexp"
    "time"

    "github.com/gin-gonic/gin"
)

// byteRanges matches a Range of byte ranges: "bytes=0-", "bytes=2-5, -3".
var byteRanges = regexp.MustCompile(`^bytes= *(\d+-\d*|-\d+)( *, *(\d+-\d*|-\d+))* *$`)

func handler(c *gin.Context) {
    body, _ := json.Marshal(gin.H{"message": "Partial Content"})
    c.Header("Content-Type", "application/json")
    // A Range in another unit, or a malformed one, is ignored (RFC 9110 14.2):
    // the whole body, where ServeContent would answer 416.
    if !byteRanges.MatchString(c.GetHeader("Range")) {
        c.Request.Header.Del("Range")
    }
    // gin has no range support of its own; net/http's ServeContent honours the
    // Range header: 206 with the bytes asked for and a Content-Range counted
    // from the body ("bytes=0-" gets all N bytes as "bytes 0-(N-1)/N"), 416
    // with "bytes */N" for a range past the end, 200 without a Range.
    http.ServeContent(c.Writer, c.Request, "", time.Time{}, bytes.NewReader(body))
}
