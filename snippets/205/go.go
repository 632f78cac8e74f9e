package main

import (
    "net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
    // No content: write no body (Go would send one on a 205 if you wrote it).
    w.WriteHeader(205)
}
