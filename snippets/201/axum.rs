use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(201).unwrap(),
        [("Location", "https://example.com/endpoint/42")],
        Json(json!({ "message": "Created" })),
    )
}
