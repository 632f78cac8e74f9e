package main

import (
    "encoding/json"
    "net/http"
    "time"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        // Interim 102: still working, don't time out (no 1xx for HTTP/1.0
        // clients).
        if r.ProtoAtLeast(1, 1) {
            w.WriteHeader(102)
        }
        time.Sleep(time.Second) // stands in for the slow work
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(200)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "OK",
        })
    })
}
