use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(426).unwrap(),
        [("Upgrade", "HTTP/3.0"), ("Connection", "Upgrade")],
        Json(json!({ "message": "Upgrade Required" })),
    )
}
