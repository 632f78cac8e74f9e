package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    const etag = `"v1"` // the current version of the resource
    w.Header().Set("ETag", etag)
    if r.Header.Get("If-None-Match") == etag {
        // The client's cached copy is current: no body.
        w.WriteHeader(304)
        return
    }
    w.Header().Set("Content-Type", "application/json")
    w.WriteHeader(200)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "OK",
    })
}
