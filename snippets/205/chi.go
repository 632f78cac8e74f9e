package main

import (
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Post("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        // No content: write no body (Go would send one on a 205 if you wrote
        // it).
        w.WriteHeader(205)
    })
}
