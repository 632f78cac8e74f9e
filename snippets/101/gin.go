package main

import (
    "crypto/sha1"
    "encoding/base64"
    "encoding/json"
    "strings"

    "github.com/gin-gonic/gin"
)

func handler(c *gin.Context) {
    key := c.GetHeader("Sec-WebSocket-Key")
    if !strings.EqualFold(c.GetHeader("Upgrade"), "websocket") || key == "" {
        // Not a WebSocket handshake: say which protocol this endpoint needs.
        c.Header("Upgrade", "websocket")
        c.Header("Connection", "Upgrade")
        c.JSON(426, gin.H{"message": "Upgrade Required"})
        return
    }
    // Take the raw connection: after the 101 it no longer speaks HTTP.
    // (A real app would use a WebSocket package such as github.com/gorilla/websocket.)
    conn, rw, err := c.Writer.Hijack()
    if err != nil {
        return
    }
    defer conn.Close()
    // Sec-WebSocket-Accept = base64(SHA-1(key + the GUID of RFC 6455)).
    sum := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
    rw.WriteString("HTTP/1.1 101 Switching Protocols\r\n" +
        "Upgrade: websocket\r\n" +
        "Connection: Upgrade\r\n" +
        "Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\r\n\r\n")
    // Now WebSocket: one text frame (payload under 126 bytes), then a close frame (1000).
    payload, _ := json.Marshal(gin.H{"message": "Switching Protocols"})
    rw.Write(append([]byte{0x81, byte(len(payload))}, payload...))
    rw.Write([]byte{0x88, 0x02, 0x03, 0xe8})
    rw.Flush()
}
