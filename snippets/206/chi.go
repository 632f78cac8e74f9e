package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "regexp"
    "time"

    "github.com/go-chi/chi/v5"
)

// byteRanges matches a Range of byte ranges: "bytes=0-", "bytes=2-5, -3".
var byteRanges = regexp.MustCompile(`^bytes= *(\d+-\d*|-\d+)( *, *(\d+-\d*|-\d+))* *$`)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        body, _ := json.Marshal(map[string]string{"message": "Partial Content"})
        w.Header().Set("Content-Type", "application/json")
        // A Range in another unit, or a malformed one, is ignored (RFC 9110
        // 14.2): the whole body, where ServeContent would answer 416.
        if !byteRanges.MatchString(r.Header.Get("Range")) {
            r.Header.Del("Range")
        }
        // chi routes, net/http serves: ServeContent honours the Range header:
        // 206 with the bytes asked for and a Content-Range counted from the
        // body ("bytes=0-" gets all N bytes as "bytes 0-(N-1)/N"), 416 with
        // "bytes */N" for a range past the end, 200 without a Range.
        http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
    })
}
