package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("Location", "https://example.com/endpoint/42")
    w.WriteHeader(201)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Created",
    })
}
