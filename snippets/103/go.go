package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.WriteHeader(103)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "OK",
    })
}
