package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Post("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(411)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Length Required",
        })
    })
}
