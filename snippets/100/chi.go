package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Post("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        // The client sent "Expect: 100-continue" and holds the body back until
        // it gets the interim 100. Go's server under chi sends "100 Continue"
        // by itself on the first read of r.Body, and only to a client that
        // asked for it; the final response follows.
        var upload map[string]any
        if err := json.NewDecoder(r.Body).Decode(&upload); err != nil {
            http.Error(w, "invalid JSON body", 400)
            return
        }
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(200)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "OK",
        })
    })
}
