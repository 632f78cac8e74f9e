package main

import (
    "encoding/json"
    "net/http"

    "github.com/go-chi/chi/v5"
    "github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

func routes(r chi.Router) {
    r.Get("/endpoint", func(w http.ResponseWriter, r *http.Request) {
        if !websocket.IsWebSocketUpgrade(r) || r.Header.Get("Sec-WebSocket-Version") != "13" {
            // Not a WebSocket handshake, or one in a version this server does
            // not speak: 426 names the protocol and the version it needs
            // (RFC 6455 4.4).
            w.Header().Set("Upgrade", "websocket")
            w.Header().Set("Connection", "Upgrade")
            w.Header().Set("Sec-WebSocket-Version", "13")
            w.Header().Set("Content-Type", "application/json")
            w.WriteHeader(426)
            json.NewEncoder(w).Encode(map[string]string{
                "message": "Upgrade Required",
            })
            return
        }
        // Upgrade answers 101 Switching Protocols with the Sec-WebSocket-Accept
        // computed from Sec-WebSocket-Key; from then on the connection speaks
        // WebSocket, not HTTP.
        conn, err := upgrader.Upgrade(w, r, nil)
        if err != nil {
            return // Upgrade has answered with an HTTP error already
        }
        defer conn.Close()
        // Echo each message. When the client sends a Close frame, gorilla
        // answers it with a Close frame and ReadMessage returns an error: the
        // close handshake is done and the connection can go.
        for {
            kind, message, err := conn.ReadMessage()
            if err != nil {
                return
            }
            if err := conn.WriteMessage(kind, message); err != nil {
                return
            }
        }
    })
}
