package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Link", "</style.css>; rel=preload; as=style")
        // Interim 103 with the headers set so far (no 1xx for HTTP/1.0
        // clients); they stay in the map, so the final response repeats them.
        if r.ProtoAtLeast(1, 1) {
            w.WriteHeader(103)
        }
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(200)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "OK",
        })
    })
}
