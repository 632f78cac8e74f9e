use axum::{
    Json,
    body::Body,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use axum_extra::{
    TypedHeader,
    headers::{ETag, IfNoneMatch},
};
use serde_json::json;

pub async fn handler(if_none_match: Option<TypedHeader<IfNoneMatch>>) -> Response {
    let etag: ETag = "\"v1\"".parse().unwrap(); // the current version of the resource
    // If-None-Match names that version (weak comparison, `*` or a list):
    // the client's cached copy is current, so no body.
    if let Some(TypedHeader(if_none_match)) = if_none_match
        && !if_none_match.precondition_passes(&etag)
    {
        // An empty body of unknown length: axum then adds no Content-Length,
        // where for an empty one it would send "Content-Length: 0" to a HEAD
        // (a 304's Content-Length may only be the 200's, RFC 9110 8.6).
        let no_body = Body::from_stream(Body::empty().into_data_stream());
        return (StatusCode::NOT_MODIFIED, TypedHeader(etag), no_body).into_response();
    }
    (TypedHeader(etag), Json(json!({ "message": "OK" }))).into_response()
}
