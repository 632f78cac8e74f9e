package main

import (
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Delete("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        // No content: write no body and no Content-Type.
        w.WriteHeader(204)
    })
}
