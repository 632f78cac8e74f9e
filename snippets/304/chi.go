package main

import (
    "bytes"
    "encoding/json"
    "net/http"
    "time"

    "github.com/go-chi/chi/v5"
)

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        body, _ := json.Marshal(map[string]string{"message": "OK"})
        w.Header().Set("Content-Type", "application/json")
        w.Header().Set("ETag", `"v1"`) // the current version of the resource
        // chi routes, net/http serves: ServeContent compares If-None-Match
        // with the ETag as RFC 9110 13.1.2 says (weak comparison, "*", a list
        // of tags): when the client's copy is current, 304 with the ETag
        // and no body; otherwise 200 with the body.
        http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
    })
}
