package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    // The resource serves POST only: create an item.
    r.Post("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Location", "/endpoint/1")
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(201)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Created",
        })
    })
    // chi answers any other method at that path with this handler (its own
    // default sends Allow but no body): 405, with Allow listing the
    // methods the resource does serve.
    r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
        w.Header().Set("Content-Type", "application/json")
        w.Header().Set("Allow", "POST")
        w.WriteHeader(405)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Method Not Allowed",
        })
    })
}
