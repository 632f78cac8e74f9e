package main

import (
    "encoding/json"
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    w.Header().Set("Content-Range", "bytes */16")
    w.WriteHeader(416)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Range Not Satisfiable",
    })
}
