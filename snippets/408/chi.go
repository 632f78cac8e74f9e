package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Content-Type", "application/json")
        // The server gives up on this connection: "Connection: close" makes
        // net/http close it after the response (RFC 9110 15.5.9).
        w.Header().Set("Connection", "close")
        w.WriteHeader(408)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Request Timeout",
        })
    })
}
