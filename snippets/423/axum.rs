use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(423).unwrap(),
        Json(json!({ "message": "Locked" })),
    )
}
