use axum::{
    Json,
    http::{StatusCode, header},
    response::IntoResponse,
    routing::{MethodRouter, post},
};
use serde_json::json;

// The resource serves POST only: `.route("/endpoint", endpoint())`. axum answers
// every other method with the fallback and adds `Allow: POST` to it by itself.
pub fn endpoint() -> MethodRouter {
    post(create).fallback(handler)
}

async fn handler() -> impl IntoResponse {
    (
        StatusCode::METHOD_NOT_ALLOWED,
        Json(json!({ "message": "Method Not Allowed" })),
    )
}

async fn create() -> impl IntoResponse {
    (
        StatusCode::CREATED,
        [(header::LOCATION, "/endpoint/1")],
        Json(json!({ "message": "Created" })),
    )
}
