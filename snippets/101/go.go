package main

import (
    "crypto/sha1"
    "encoding/base64"
    "encoding/json"
    "net/http"
    "strings"
)

func handler(w http.ResponseWriter, r *http.Request) {
    key := r.Header.Get("Sec-WebSocket-Key")
    if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") || key == "" {
        // Not a WebSocket handshake: say which protocol this endpoint needs.
        w.Header().Set("Upgrade", "websocket")
        w.Header().Set("Connection", "Upgrade")
        w.Header().Set("Content-Type", "application/json")
        w.WriteHeader(426)
        json.NewEncoder(w).Encode(map[string]string{
            "message": "Upgrade Required",
        })
        return
    }
    // Take the raw connection: after the 101 it no longer speaks HTTP.
    // (A real app would use a WebSocket package such as github.com/gorilla/websocket.)
    hijacker, ok := w.(http.Hijacker)
    if !ok {
        http.Error(w, "cannot switch protocols on this connection", 500)
        return
    }
    conn, rw, err := hijacker.Hijack()
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
    payload, _ := json.Marshal(map[string]string{"message": "Switching Protocols"})
    rw.Write(append([]byte{0x81, byte(len(payload))}, payload...))
    rw.Write([]byte{0x88, 0x02, 0x03, 0xe8})
    rw.Flush()
}
