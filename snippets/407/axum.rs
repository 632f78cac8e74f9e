use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::from_u16(407).unwrap(),
        [("Proxy-Authenticate", "Basic realm=\"proxy\"")],
        Json(json!({ "message": "Proxy Authentication Required" })),
    )
}
