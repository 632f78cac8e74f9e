use axum::{Json, http::{StatusCode, header}, response::IntoResponse};
use serde_json::json;

pub async fn handler() -> impl IntoResponse {
    (
        StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS,
        // Who implements the block (RFC 7725 3).
        [(header::LINK, r#"<https://example.com/legal>; rel="blocked-by""#)],
        Json(json!({ "message": "Unavailable For Legal Reasons" })),
    )
}
