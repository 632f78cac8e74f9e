package main

import (
    "encoding/json"
    "net/http"
)

// Registered for every method: http.HandleFunc("/endpoint", handler).
func handler(w http.ResponseWriter, r *http.Request) {
    w.Header().Set("Content-Type", "application/json")
    if r.Method == http.MethodPost {
        // The one method this resource serves: create an item.
        w.Header().Set("Location", "/endpoint/1")
        w.WriteHeader(201)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Created",
        })
        return
    }
    // Any other method: 405, with Allow listing the methods it does serve.
    w.Header().Set("Allow", "POST")
    w.WriteHeader(405)
    json.NewEncoder(w).Encode(map[string]string{
        "message": "Method Not Allowed",
    })
}
