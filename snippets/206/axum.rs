use axum::{
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

pub async fn handler(headers: HeaderMap) -> Response {
    let body = serde_json::to_vec(&json!({ "message": "Partial Content" })).unwrap();
    let length = body.len() as u64;
    // Parse the Range header and check it against the body's length.
    let ranges = headers
        .get(header::RANGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| http_range_header::parse_range_header(value).ok())
        .and_then(|parsed| parsed.validate(length).ok());
    let content_type = [(header::CONTENT_TYPE, "application/json")];
    if let Some([range]) = ranges.as_deref() {
        // One satisfiable range: 206 with exactly those bytes.
        let (start, end) = (*range.start(), *range.end());
        let content_range = format!("bytes {start}-{end}/{length}");
        let part = body[start as usize..=end as usize].to_vec();
        return (
            StatusCode::PARTIAL_CONTENT,
            content_type,
            [(header::CONTENT_RANGE, content_range)],
            part,
        )
            .into_response();
    }
    // No Range, or one not served here (a server may ignore Range): the whole body.
    (StatusCode::OK, content_type, body).into_response()
}
