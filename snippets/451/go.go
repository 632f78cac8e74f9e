package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    // Who implements the block (RFC 7725 3).
    w.Header().Set("Link", `<https://example.com/legal>; rel="blocked-by"`)
    w.WriteHeader(451)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Unavailable For Legal Reasons",
    })
}
