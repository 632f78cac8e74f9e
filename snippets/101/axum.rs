use axum::{
    extract::ws::{Message, WebSocket, WebSocketUpgrade},
    response::IntoResponse,
};
use serde_json::json;

pub async fn handler(ws: WebSocketUpgrade) -> impl IntoResponse {
    // The extractor rejects a request that is no WebSocket handshake. on_upgrade
    // answers 101 Switching Protocols with the Sec-WebSocket-Accept computed from
    // Sec-WebSocket-Key; from then on the connection speaks WebSocket.
    ws.on_upgrade(send_message)
}

async fn send_message(mut socket: WebSocket) {
    let text = json!({ "message": "Switching Protocols" }).to_string();
    let _ = socket.send(Message::Text(text.into())).await;
    let _ = socket.send(Message::Close(None)).await;
}
