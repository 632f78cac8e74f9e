use axum::{Json, http::StatusCode, response::IntoResponse};
use axum::body::Bytes;
use serde_json::json;

// The handler takes the request's body, so that hyper reads it in full and the
// connection stays open for the client's next request.
pub async fn handler(_body: Bytes) -> impl IntoResponse {
    (
        StatusCode::from_u16(201).unwrap(),
        [("Location", "https://example.com/endpoint/42")],
        Json(json!({ "message": "Created" })),
    )
}
