package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Content-Type", "application/json")
        // Who implements the block (RFC 7725 3).
        w.Header().Set("Link", `<https://example.com/legal>; rel="blocked-by"`)
        w.WriteHeader(451)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Unavailable For Legal Reasons",
        })
    })
}
