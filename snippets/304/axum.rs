use axum::{
    Json,
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
        return (StatusCode::NOT_MODIFIED, TypedHeader(etag)).into_response();
    }
    (TypedHeader(etag), Json(json!({ "message": "OK" }))).into_response()
}
