package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("ETag", "\"v1\"")
    w.WriteHeader(304)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Not Modified",
    })
}
