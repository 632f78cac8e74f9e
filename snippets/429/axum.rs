use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(429).unwrap(),
        [("Retry-After", "60")],
        Json(json!({ "message": "Too Many Requests" })),
    )
}
