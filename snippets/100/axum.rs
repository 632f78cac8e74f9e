use axum::{Json, http::StatusCode, response::IntoResponse};
use serde_json::{Value, json};

// POST /endpoint
pub async fn handler(Json(_upload): Json<Value>) -> impl IntoResponse {
    // The client sent "Expect: 100-continue" and holds the body back. hyper
    // answers with the interim 100 Continue when the Json extractor starts to
    // read the body (never to an HTTP/1.0 client), so the body arrives here.
    (StatusCode::OK, Json(json!({ "message": "OK" })))
}
