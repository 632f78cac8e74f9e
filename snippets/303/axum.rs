use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(303).unwrap(),
        [("Location", "https://example.com/new-endpoint")],
        Json(json!({ "message": "See Other" })),
    )
}
