use axum::{body::Bytes, http::StatusCode};

// The handler takes the request's body (the form it resets), so that hyper
// reads it in full and the connection stays open for the client's next request.
pub async fn handler(_body: Bytes) -> StatusCode {
    // No content: the empty body goes out as Content-Length: 0.
    StatusCode::RESET_CONTENT
}
