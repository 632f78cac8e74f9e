use axum::http::StatusCode;

pub async fn handler() -> StatusCode {
    // No content: the empty body goes out as Content-Length: 0.
    StatusCode::RESET_CONTENT
}
