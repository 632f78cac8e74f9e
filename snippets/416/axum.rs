use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(416).unwrap(),
        [("Content-Range", "bytes */16")],
        Json(json!({ "message": "Range Not Satisfiable" })),
    )
}
