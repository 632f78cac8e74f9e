use axum::http::StatusCode;

pub async fn handler() -> StatusCode {
    // No content: hyper sends no body and no Content-Length.
    StatusCode::NO_CONTENT
}
