use axum::{
    Json,
    extract::ws::{Message, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

pub async fn handler(ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>) -> Response {
    match ws {
        // on_upgrade answers 101 Switching Protocols with the Sec-WebSocket-Accept
        // computed from Sec-WebSocket-Key; from then on the connection speaks
        // WebSocket, not HTTP.
        Ok(ws) => ws.on_upgrade(echo),
        // A handshake without its key is malformed: axum's own 400.
        Err(WebSocketUpgradeRejection::WebSocketKeyHeaderMissing(rejection)) => {
            rejection.into_response()
        }
        // Not a WebSocket handshake, or one in a version this server does not
        // speak: 426 names the protocol and the version it needs (RFC 6455 4.4).
        Err(_) => (
            StatusCode::UPGRADE_REQUIRED,
            [
                (header::UPGRADE, "websocket"),
                (header::CONNECTION, "Upgrade"),
                (header::SEC_WEBSOCKET_VERSION, "13"),
            ],
            Json(json!({ "message": "Upgrade Required" })),
        )
            .into_response(),
    }
}

async fn echo(mut socket: WebSocket) {
    // Echo each message. A Close frame from the client is answered with a Close
    // frame by the next recv, which then ends the stream: the close handshake
    // is done and the connection can go.
    while let Some(Ok(message)) = socket.recv().await {
        if let Message::Text(_) | Message::Binary(_) = message
            && socket.send(message).await.is_err()
        {
            return;
        }
    }
}
