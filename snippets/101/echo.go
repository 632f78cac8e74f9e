package main

import (
    "net/http"

    "github.com/gorilla/websocket"
    "github.com/labstack/echo/v4"
)

var upgrader = websocket.Upgrader{}

func handler(c echo.Context) error {
    r := c.Request()
    if r.Method != http.MethodGet || !websocket.IsWebSocketUpgrade(r) ||
        r.Header.Get("Sec-WebSocket-Version") != "13" {
        // Not a WebSocket handshake, or one in a version this server does not
        // speak: 426 names the protocol and the version it needs (RFC 6455 4.4).
        h := c.Response().Header()
        h.Set("Upgrade", "websocket")
        h.Set("Connection", "Upgrade")
        h.Set("Sec-WebSocket-Version", "13")
        return c.JSON(426, echo.Map{"message": "Upgrade Required"})
    }
    // Upgrade answers 101 Switching Protocols with the Sec-WebSocket-Accept
    // computed from Sec-WebSocket-Key; from then on the connection speaks
    // WebSocket, not HTTP.
    conn, err := upgrader.Upgrade(c.Response(), r, nil)
    if err != nil {
        return nil // Upgrade has answered with an HTTP error already
    }
    defer conn.Close()
    // Echo each message. When the client sends a Close frame, gorilla answers
    // it with a Close frame and ReadMessage returns an error: the close
    // handshake is done and the connection can go.
    for {
        kind, message, err := conn.ReadMessage()
        if err != nil {
            return nil
        }
        if err := conn.WriteMessage(kind, message); err != nil {
            return nil
        }
    }
}
