package main

import (
    "net/http"

    "github.com/gin-gonic/gin"
    "github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

func handler(c *gin.Context) {
    if c.Request.Method != http.MethodGet || !websocket.IsWebSocketUpgrade(c.Request) ||
        c.GetHeader("Sec-WebSocket-Version") != "13" {
        // Not a WebSocket handshake, or one in a version this server does not
        // speak: 426 names the protocol and the version it needs (RFC 6455 4.4).
        c.Header("Upgrade", "websocket")
        c.Header("Connection", "Upgrade")
        c.Header("Sec-WebSocket-Version", "13")
        c.JSON(426, gin.H{"message": "Upgrade Required"})
        return
    }
    // Upgrade answers 101 Switching Protocols with the Sec-WebSocket-Accept
    // computed from Sec-WebSocket-Key; from then on the connection speaks
    // WebSocket, not HTTP.
    conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
    if err != nil {
        return // Upgrade has answered with an HTTP error already
    }
    defer conn.Close()
    // Echo each message. When the client sends a Close frame, gorilla answers
    // it with a Close frame and ReadMessage returns an error: the close
    // handshake is done and the connection can go.
    for {
        kind, message, err := conn.ReadMessage()
        if err != nil {
            return
        }
        if err := conn.WriteMessage(kind, message); err != nil {
            return
        }
    }
}
