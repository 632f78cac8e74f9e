//! Judges an exchange against a code's rules from the catalog: interim responses, the final
//! status, required and forbidden header fields, no content where RFC 9110 says so, and the
//! JSON message. The first rule broken is the verdict, named so a reader knows what to fix.

use serde_json::Value;

use crate::catalog::{BodyRule, ContentRangeRule, Status};
use crate::verify::http::Exchange;

/// A broken rule: which check, what was expected, what came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub check: String,
    pub expected: String,
    pub got: String,
}

fn broken(check: impl Into<String>, expected: impl Into<String>, got: impl Into<String>) -> Broken {
    Broken { check: check.into(), expected: expected.into(), got: got.into() }
}

pub fn judge(status: &Status, ex: &Exchange) -> Result<(), Broken> {
    let rules = &status.response;
    for want in &rules.interim {
        let Some(seen) = ex.interim.iter().find(|h| h.status == want.status) else {
            let got = if ex.interim.is_empty() {
                "none".to_string()
            } else {
                ex.interim.iter().map(|h| h.status.to_string()).collect::<Vec<_>>().join(", ")
            };
            return Err(broken("interim", format!("an interim {} before the final response", want.status), format!("interim responses: {got}")));
        };
        for field in &want.headers {
            if seen.header(&field.name) != Some(field.value.as_str()) {
                return Err(broken(
                    format!("interim {} {}", want.status, field.name),
                    format!("{}: {}", field.name, field.value),
                    seen.header(&field.name).map_or("absent".into(), |v| format!("{}: {v}", field.name)),
                ));
            }
        }
    }
    if ex.last.status != rules.status {
        return Err(broken("status", rules.status.to_string(), ex.last.status.to_string()));
    }
    for field in &rules.headers {
        match ex.last.header(&field.name) {
            Some(value) if value == field.value => {}
            other => {
                return Err(broken(
                    format!("header {}", field.name),
                    format!("{}: {}", field.name, field.value),
                    other.map_or("absent".into(), |v| format!("{}: {v}", field.name)),
                ))
            }
        }
    }
    for field in &rules.header_tokens {
        let value = ex.last.header(&field.name);
        let has = value.is_some_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(&field.value)));
        if !has {
            return Err(broken(
                format!("header {}", field.name),
                format!("{} listing `{}`", field.name, field.value),
                value.map_or("absent".into(), |v| format!("{}: {v}", field.name)),
            ));
        }
    }
    for name in &rules.forbid_headers {
        if let Some(value) = ex.last.header(name) {
            return Err(broken(format!("no {name}"), format!("no {name} on a {}", rules.status), format!("{name}: {value}")));
        }
    }
    match rules.body {
        BodyRule::None => {
            if !ex.body.is_empty() || !ex.extra.is_empty() {
                let bytes = ex.body.len() + ex.extra.len();
                return Err(broken("no content", format!("no content on a {}", rules.status), format!("{bytes} body bytes")));
            }
        }
        BodyRule::Json => {
            if !ex.extra.is_empty() {
                return Err(broken("framing", "nothing after the body", format!("{} more bytes", ex.extra.len())));
            }
            let content_type = ex.last.header("content-type").unwrap_or("absent");
            let media_type = content_type.split(';').next().unwrap_or("").trim();
            if !media_type.eq_ignore_ascii_case("application/json") {
                return Err(broken("content-type", "application/json", content_type));
            }
            let expected = serde_json::json!({ "message": status.message });
            let got: Option<Value> = serde_json::from_slice(&ex.body).ok();
            if got.as_ref() != Some(&expected) {
                return Err(broken("body", expected.to_string(), String::from_utf8_lossy(&ex.body)));
            }
        }
    }
    if rules.content_range == Some(ContentRangeRule::Body) {
        let value = ex.last.header("content-range").unwrap_or("absent");
        if !range_covers(value, ex.body.len()) {
            return Err(broken(
                "header Content-Range",
                format!("bytes FIRST-LAST/LENGTH covering the {} body bytes", ex.body.len()),
                value,
            ));
        }
    }
    Ok(())
}

/// True when `value` is `bytes FIRST-LAST/LENGTH` with LAST-FIRST+1 == `len` (RFC 9110 14.4).
fn range_covers(value: &str, len: usize) -> bool {
    let Some(spec) = value.strip_prefix("bytes ") else { return false };
    let Some((range, complete)) = spec.split_once('/') else { return false };
    let Some((first, last)) = range.split_once('-') else { return false };
    let (Ok(first), Ok(last)) = (first.parse::<usize>(), last.parse::<usize>()) else { return false };
    let complete_ok = complete == "*" || complete.parse::<usize>().is_ok_and(|c| c > last);
    last >= first && last - first + 1 == len && complete_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::verify::http::Head;

    fn catalog() -> Catalog {
        Catalog::parse(&crate::assets::catalog(&Default::default()).unwrap()).unwrap()
    }

    fn head(status: u16, headers: &[(&str, &str)]) -> Head {
        Head { status, headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect() }
    }

    fn json_exchange(status: u16, headers: &[(&str, &str)], body: &str) -> Exchange {
        let mut all = vec![("Content-Type", "application/json")];
        all.extend_from_slice(headers);
        Exchange { interim: vec![], last: head(status, &all), body: body.as_bytes().to_vec(), extra: vec![] }
    }

    fn check_of(code: u16, ex: &Exchange) -> String {
        judge(catalog().get(code).unwrap(), ex).unwrap_err().check
    }

    #[test]
    fn a_correct_503_passes_and_each_fault_is_named() {
        let cat = catalog();
        let s = cat.get(503).unwrap();
        let good = json_exchange(503, &[], r#"{"message":"Service Unavailable"}"#);
        assert_eq!(judge(s, &good), Ok(()));
        assert_eq!(check_of(503, &json_exchange(200, &[], r#"{"message":"Service Unavailable"}"#)), "status");
        assert_eq!(check_of(503, &json_exchange(503, &[], r#"{"message":"Nope"}"#)), "body");
        assert_eq!(check_of(503, &json_exchange(503, &[], r#"{"message":"Service Unavailable","x":1}"#)), "body");
        let mut html = good;
        html.last.headers[0].1 = "text/html; charset=utf-8".into();
        assert_eq!(check_of(503, &html), "content-type");
    }

    #[test]
    fn required_headers_are_checked() {
        let ok = json_exchange(301, &[("Location", "https://example.com/new-endpoint")], r#"{"message":"Moved Permanently"}"#);
        assert_eq!(judge(catalog().get(301).unwrap(), &ok), Ok(()));
        assert_eq!(check_of(301, &json_exchange(301, &[], r#"{"message":"Moved Permanently"}"#)), "header Location");
        assert_eq!(check_of(405, &json_exchange(405, &[], r#"{"message":"Method Not Allowed"}"#)), "header Allow");
        assert_eq!(check_of(401, &json_exchange(401, &[], r#"{"message":"Unauthorized"}"#)), "header WWW-Authenticate");
    }

    #[test]
    fn no_content_codes_fail_with_a_body_or_content_length() {
        let cat = catalog();
        let empty = Exchange { interim: vec![], last: head(204, &[]), body: vec![], extra: vec![] };
        assert_eq!(judge(cat.get(204).unwrap(), &empty), Ok(()));
        let with_body = Exchange { extra: b"{}".to_vec(), ..empty };
        assert_eq!(check_of(204, &with_body), "no content");
        let with_length = Exchange { interim: vec![], last: head(204, &[("Content-Length", "0")]), body: vec![], extra: vec![] };
        assert_eq!(check_of(204, &with_length), "no Content-Length");
    }

    #[test]
    fn early_hints_need_the_interim_103_with_link() {
        let cat = catalog();
        let link = "</style.css>; rel=preload; as=style";
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        assert_eq!(check_of(103, &ex), "interim");
        ex.interim.push(head(103, &[]));
        assert_eq!(check_of(103, &ex), "interim 103 Link");
        ex.interim[0] = head(103, &[("Link", link)]);
        assert_eq!(judge(cat.get(103).unwrap(), &ex), Ok(()));
    }

    #[test]
    fn upgrade_needs_the_connection_option() {
        let body = r#"{"message":"Upgrade Required"}"#;
        let ok = json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "keep-alive, Upgrade")], body);
        assert_eq!(judge(catalog().get(426).unwrap(), &ok), Ok(()));
        let missing = json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "close")], body);
        assert_eq!(check_of(426, &missing), "header Connection");
    }

    #[test]
    fn content_range_must_describe_the_body() {
        assert!(range_covers("bytes 0-28/1000", 29));
        assert!(range_covers("bytes 0-28/*", 29));
        assert!(!range_covers("bytes 0-27/1000", 29));
        assert!(!range_covers("bytes 0-28/20", 29));
        assert!(!range_covers("0-28/1000", 29));
        let body = r#"{"message":"Partial Content"}"#;
        let ok = json_exchange(206, &[("Content-Range", "bytes 0-28/100")], body);
        assert_eq!(judge(catalog().get(206).unwrap(), &ok), Ok(()));
        assert_eq!(check_of(206, &json_exchange(206, &[], body)), "header Content-Range");
    }
}
