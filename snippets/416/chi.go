package main

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "regexp"
    "strconv"
    "time"

    "github.com/go-chi/chi/v5"
)

// byteRange matches a Range of one byte range: "bytes=5000-", "bytes=0-99".
var byteRange = regexp.MustCompile(`^bytes=(\d+)-(\d*)$`)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        body, _ := json.Marshal(map[string]string{"message": "OK"})
        w.Header().Set("Content-Type", "application/json")
        m := byteRange.FindStringSubmatch(r.Header.Get("Range"))
        if m == nil {
            // No Range, or one this endpoint does not serve (another unit,
            // several ranges, a malformed one): ignored, as RFC 9110 14.2
            // allows.
            r.Header.Del("Range")
        } else if first, err := strconv.Atoi(m[1]); err == nil && first >= len(body) {
            // The range starts past the end: no byte of it exists.
            // Content-Range gives the real length, so the client can ask again.
            w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(body)))
            w.WriteHeader(416)
            json.NewEncoder(w).Encode(map[string]string{
                "message": "Range Not Satisfiable",
            })
            return
        }
        // 206 with the bytes asked for, or 200 with the whole body.
        http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
    })
}
