use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(401).unwrap(),
        [("WWW-Authenticate", "Bearer realm=\"example\"")],
        Json(json!({ "message": "Unauthorized" })),
    )
}
