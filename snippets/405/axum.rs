use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(405).unwrap(),
        [("Allow", "POST")],
        Json(json!({ "message": "Method Not Allowed" })),
    )
}
