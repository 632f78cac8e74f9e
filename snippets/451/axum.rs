use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(451).unwrap(),
        Json(json!({ "message": "Unavailable For Legal Reasons" })),
    )
}
