package main

import (
    "encoding/json"
    "net/http"
    "strings"
)

func handler(w http.ResponseWriter, r *http.Request) {
    // The client sent "Expect: 100-continue" and holds the body back until it
    // gets the interim 100. Go would also send it on the first read of r.Body;
    // writing it here makes the step explicit (never to an HTTP/1.0 client).
    if r.ProtoAtLeast(1, 1) && strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
        w.WriteHeader(100)
    }
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
}
