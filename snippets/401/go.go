package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("WWW-Authenticate", "Bearer realm=\"example\"")
    w.WriteHeader(401)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Unauthorized",
    })
}
