package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "time"
)

func handler(w http.ResponseWriter, r *http.Request) {
    body, _ := json.Marshal(map[string]string{"message": "Partial Content"})
    w.Header().Set("Content-Type", "application/json")
    // ServeContent honours the Range header: 206 with the bytes asked for and a
    // Content-Range counted from the body ("bytes=0-" gets all N bytes as
    // "bytes 0-(N-1)/N"), 416 for a range past the end, 200 without a Range.
    http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}
