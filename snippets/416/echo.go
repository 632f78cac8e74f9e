package main

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "regexp"
    "strconv"
    "time"

    "github.com/labstack/echo/v4"
)

// byteRange matches a Range of one byte range: "bytes=5000-", "bytes=0-99".
var byteRange = regexp.MustCompile(`^bytes=(\d+)-(\d*)$`)

func handler(c echo.Context) error {
    body, _ := json.Marshal(echo.Map{"message": "OK"})
    m := byteRange.FindStringSubmatch(c.Request().Header.Get("Range"))
    if m == nil {
        // No Range, or one this endpoint does not serve (another unit, several
        // ranges, a malformed one): ignored, as RFC 9110 14.2 allows.
        c.Request().Header.Del("Range")
    } else if first, err := strconv.Atoi(m[1]); err == nil && first >= len(body) {
        // The range starts past the end: no byte of it exists. Content-Range
        // gives the real length, so the client can ask again.
        c.Response().Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(body)))
        return c.JSON(416, echo.Map{
            "message": "Range Not Satisfiable",
        })
    }
    // 206 with the bytes asked for, or 200 with the whole body (Echo has no
    // range support for a body in memory; net/http's ServeContent has).
    c.Response().Header().Set("Content-Type", "application/json")
    http.ServeContent(c.Response(), c.Request(), "", time.Time{}, bytes.NewReader(body))
    return nil
}
