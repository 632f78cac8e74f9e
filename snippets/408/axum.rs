use axum::{Json, http::{StatusCode, header}, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::REQUEST_TIMEOUT,
        // The server gives up on this connection: with "Connection: close"
        // hyper closes it after the response (RFC 9110 15.5.9).
        [(header::CONNECTION, "close")],
        Json(json!({ "message": "Request Timeout" })),
    )
}
