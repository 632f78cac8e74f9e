package main

import (
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    // No content: write no body and no Content-Type.
    w.WriteHeader(204)
}
