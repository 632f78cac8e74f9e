package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "regexp"
    "time"

    "github.com/labstack/echo/v4"
)

// byteRanges matches a Range of byte ranges: "bytes=0-", "bytes=2-5, -3".
var byteRanges = regexp.MustCompile(`^bytes= *(\d+-\d*|-\d+)( *, *(\d+-\d*|-\d+))* *$`)

func handler(c echo.Context) error {
    body, _ := json.Marshal(echo.Map{"message": "Partial Content"})
    c.Response().Header().Set("Content-Type", "application/json")
    // A Range in another unit, or a malformed one, is ignored (RFC 9110 14.2):
    // the whole body, where ServeContent would answer 416.
    if !byteRanges.MatchString(c.Request().Header.Get("Range")) {
        c.Request().Header.Del("Range")
    }
    // Echo has no range support for a body in memory (c.File has it for
    // files); net/http's ServeContent honours the Range header: 206 with the
    // bytes asked for and a Content-Range counted from the body ("bytes=0-"
    // gets all N bytes as "bytes 0-(N-1)/N"), 416 with "bytes */N" for a range
    // past the end, 200 without a Range.
    http.ServeContent(c.Response(), c.Request(), "", time.Time{}, bytes.NewReader(body))
    return nil
}
