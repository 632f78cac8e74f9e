use axum::{
    Json,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

pub async fn handler(headers: HeaderMap) -> Response {
    let body = serde_json::to_vec(&json!({ "message": "OK" })).unwrap();
    let length = body.len() as u64;
    // Parse the Range header and check it against the body's length. One in
    // another unit, or a malformed one, is ignored (RFC 9110 14.2).
    let ranges = headers
        .get(header::RANGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| http_range_header::parse_range_header(value).ok())
        .map(|parsed| parsed.validate(length));
    let content_type = [(header::CONTENT_TYPE, "application/json")];
    match ranges {
        // No byte of the range exists (it starts past the end): 416, with
        // the real length so the client can ask again.
        Some(Err(_)) => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [(header::CONTENT_RANGE, format!("bytes */{length}"))],
            Json(json!({ "message": "Range Not Satisfiable" })),
        )
            .into_response(),
        // One satisfiable range: 206 with exactly those bytes.
        Some(Ok(ranges)) if ranges.len() == 1 => {
            let (start, end) = (*ranges[0].start(), *ranges[0].end());
            let content_range = format!("bytes {start}-{end}/{length}");
            let part = body[start as usize..=end as usize].to_vec();
            (
                StatusCode::PARTIAL_CONTENT,
                content_type,
                [(header::CONTENT_RANGE, content_range)],
                part,
            )
                .into_response()
        }
        // No Range, or several ranges (a server may ignore Range): the whole body.
        _ => (StatusCode::OK, content_type, body).into_response(),
    }
}
