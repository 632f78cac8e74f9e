package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("Allow", "POST")
    w.WriteHeader(405)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Method Not Allowed",
    })
}
