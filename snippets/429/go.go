package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("Retry-After", "60")
    w.WriteHeader(429)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Too Many Requests",
    })
}
