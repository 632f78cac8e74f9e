//! Judges an exchange against a code's rules from the catalog: interim responses, the final
//! status, required and forbidden header fields, no content where RFC 9110 says so, and the
//! JSON message. The first rule broken is the verdict, named so a reader knows what to fix.

use serde_json::Value;

use base64::Engine as _;
use sha1::{Digest, Sha1};

use crate::catalog::{BodyRule, ContentRangeRule, Probe, SwitchRule};
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

/// The Sec-WebSocket-Accept that answers a key (RFC 6455 4.2.2).
pub fn websocket_accept(key: &str) -> String {
    let digest = Sha1::digest(format!("{key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(digest)
}

/// Judges one exchange; `ws_key` is the Sec-WebSocket-Key verify sent, if any; `whole` is the
/// complete representation an earlier exchange with the same example returned, to check a part
/// against.
pub fn judge(probe: &Probe, ex: &Exchange, ws_key: Option<&str>, whole: Option<&[u8]>) -> Result<(), Broken> {
    let rules = &probe.response;
    for want in &rules.interim {
        let Some(seen) = ex.interim.iter().find(|h| h.status == want.status) else {
            let got = if ex.interim.is_empty() {
                "none".to_string()
            } else {
                ex.interim.iter().map(|h| h.status.to_string()).collect::<Vec<_>>().join(", ")
            };
            return Err(broken(
                "interim",
                format!("an interim {} before the final response", want.status),
                format!("interim responses: {got}"),
            ));
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
    if rules.no_interim && !ex.interim.is_empty() {
        let got: Vec<String> = ex.interim.iter().map(|h| h.status.to_string()).collect();
        return Err(broken(
            "interim",
            "no interim response to an HTTP/1.0 client",
            format!("interim {}", got.join(", ")),
        ));
    }
    if ex.last.status != rules.status {
        return Err(broken("status", rules.status.to_string(), ex.last.status.to_string()));
    }
    for field in &rules.headers {
        // Exactly one field line with exactly this value: a second, conflicting line is a fault.
        let lines = ex.last.values(&field.name);
        if lines != [field.value.as_str()] {
            let got = if lines.is_empty() {
                "absent".to_string()
            } else {
                lines.iter().map(|v| format!("{}: {v}", field.name)).collect::<Vec<_>>().join(" / ")
            };
            return Err(broken(format!("header {}", field.name), format!("{}: {}", field.name, field.value), got));
        }
    }
    for field in &rules.header_tokens {
        // A list field may come in several lines; together they are one comma-separated list.
        let combined = ex.last.values(&field.name).join(", ");
        let has = combined.split(',').any(|t| t.trim().eq_ignore_ascii_case(&field.value));
        if !has {
            let got = if combined.is_empty() { "absent".to_string() } else { format!("{}: {combined}", field.name) };
            return Err(broken(
                format!("header {}", field.name),
                format!("{} listing `{}`", field.name, field.value),
                got,
            ));
        }
    }
    for name in &rules.forbid_headers {
        if let Some(value) = ex.last.header(name) {
            return Err(broken(
                format!("no {name}"),
                format!("no {name} on a {}", rules.status),
                format!("{name}: {value}"),
            ));
        }
    }
    if rules.switch == Some(SwitchRule::Websocket) {
        let want = websocket_accept(ws_key.unwrap_or_default());
        let got = ex.last.values("sec-websocket-accept");
        if got != [want.as_str()] {
            let got = if got.is_empty() { "absent".into() } else { got.join(" / ") };
            return Err(broken("header Sec-WebSocket-Accept", format!("{want} (from the key sent)"), got));
        }
        if let Some(fault) = websocket_frame_fault(&ex.extra) {
            return Err(broken("switch", "WebSocket frames after the 101", fault));
        }
        return Ok(());
    }
    match rules.body {
        BodyRule::Part => {
            if !ex.extra.is_empty() {
                return Err(broken("framing", "nothing after the body", format!("{} more bytes", ex.extra.len())));
            }
        }
        BodyRule::None => {
            if !ex.body.is_empty() || !ex.extra.is_empty() {
                let bytes = ex.body.len() + ex.extra.len();
                return Err(broken(
                    "no content",
                    format!("no content on a {}", rules.status),
                    format!("{bytes} body bytes"),
                ));
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
            let expected = serde_json::json!({ "message": probe.message });
            let got: Option<Value> = serde_json::from_slice(&ex.body).ok();
            if got.as_ref() != Some(&expected) {
                return Err(broken("body", expected.to_string(), String::from_utf8_lossy(&ex.body)));
            }
        }
    }
    if let Some(rule) = rules.content_range {
        let value = ex.last.header("content-range").unwrap_or("absent");
        if !range_covers(value, ex.body.len()) {
            return Err(broken(
                "header Content-Range",
                format!("bytes FIRST-LAST/LENGTH covering the {} body bytes", ex.body.len()),
                value,
            ));
        }
        if rule == ContentRangeRule::Request {
            let asked =
                probe.request.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("range")).map(|(_, v)| v.as_str());
            let (first, last) = parse_range(value).expect("range_covers parsed it");
            if let Some((a, b)) = asked.and_then(|r| r.strip_prefix("bytes=")).and_then(|r| r.split_once('-')) {
                let a: usize = a.parse().unwrap_or(usize::MAX);
                let b: Option<usize> = b.parse().ok();
                if first != a || b.is_some_and(|b| last != b) {
                    return Err(broken(
                        "header Content-Range",
                        format!("the range asked for, bytes {a}-{}", b.map_or(String::new(), |b| b.to_string())),
                        value,
                    ));
                }
            }
            if let Some(whole) = whole {
                if whole.get(first..=last) != Some(ex.body.as_slice()) {
                    return Err(broken(
                        "body",
                        "exactly those bytes of the whole representation",
                        String::from_utf8_lossy(&ex.body),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// FIRST and LAST of `bytes FIRST-LAST/LENGTH`.
fn parse_range(value: &str) -> Option<(usize, usize)> {
    let (range, _) = value.strip_prefix("bytes ")?.split_once('/')?;
    let (first, last) = range.split_once('-')?;
    Some((first.parse().ok()?, last.parse().ok()?))
}

/// Why bytes sent after a 101 are not the start of a WebSocket stream from a server, if they
/// are not: a server frame has no reserved bits (none were negotiated), a known opcode, and no
/// mask (RFC 6455 5.2). Nothing at all is fine: a server may wait for the client.
fn websocket_frame_fault(bytes: &[u8]) -> Option<String> {
    if bytes.is_empty() {
        return None;
    }
    if bytes.starts_with(b"HTTP/") {
        return Some("the connection still speaks HTTP".into());
    }
    let (first, second) = (bytes[0], bytes.get(1).copied().unwrap_or(0));
    let opcode = first & 0x0f;
    if first & 0x70 != 0 || !matches!(opcode, 0 | 1 | 2 | 8 | 9 | 10) || second & 0x80 != 0 {
        let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(40)]).to_string();
        return Some(format!("bytes that are no WebSocket frame: {shown:?}"));
    }
    None
}

/// True when `value` is `bytes FIRST-LAST/LENGTH` with LAST-FIRST+1 == `len` (RFC 9110 14.4).
fn range_covers(value: &str, len: usize) -> bool {
    let Some(spec) = value.strip_prefix("bytes ") else {
        return false;
    };
    let Some((range, complete)) = spec.split_once('/') else {
        return false;
    };
    let Some((first, last)) = range.split_once('-') else {
        return false;
    };
    let (Ok(first), Ok(last)) = (first.parse::<usize>(), last.parse::<usize>()) else {
        return false;
    };
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

    fn main_probe(cat: &Catalog, code: u16) -> Probe {
        cat.get(code).unwrap().probes().remove(0)
    }

    fn check_of(code: u16, ex: &Exchange) -> String {
        judge(&main_probe(&catalog(), code), ex, None, None).unwrap_err().check
    }

    #[test]
    fn a_correct_503_passes_and_each_fault_is_named() {
        let cat = catalog();
        let s = cat.get(503).unwrap();
        let good = json_exchange(503, &[], r#"{"message":"Service Unavailable"}"#);
        assert_eq!(judge(&s.probes()[0], &good, None, None), Ok(()));
        assert_eq!(check_of(503, &json_exchange(200, &[], r#"{"message":"Service Unavailable"}"#)), "status");
        assert_eq!(check_of(503, &json_exchange(503, &[], r#"{"message":"Nope"}"#)), "body");
        assert_eq!(check_of(503, &json_exchange(503, &[], r#"{"message":"Service Unavailable","x":1}"#)), "body");
        let mut html = good;
        html.last.headers[0].1 = "text/html; charset=utf-8".into();
        assert_eq!(check_of(503, &html), "content-type");
    }

    #[test]
    fn required_headers_are_checked() {
        let ok = json_exchange(
            301,
            &[("Location", "https://example.com/new-endpoint")],
            r#"{"message":"Moved Permanently"}"#,
        );
        assert_eq!(judge(&main_probe(&catalog(), 301), &ok, None, None), Ok(()));
        assert_eq!(check_of(301, &json_exchange(301, &[], r#"{"message":"Moved Permanently"}"#)), "header Location");
        assert_eq!(check_of(405, &json_exchange(405, &[], r#"{"message":"Method Not Allowed"}"#)), "header Allow");
        assert_eq!(check_of(401, &json_exchange(401, &[], r#"{"message":"Unauthorized"}"#)), "header WWW-Authenticate");
    }

    #[test]
    fn no_content_codes_fail_with_a_body_or_content_length() {
        let empty = Exchange { interim: vec![], last: head(204, &[]), body: vec![], extra: vec![] };
        assert_eq!(judge(&main_probe(&catalog(), 204), &empty, None, None), Ok(()));
        let with_body = Exchange { extra: b"{}".to_vec(), ..empty };
        assert_eq!(check_of(204, &with_body), "no content");
        let with_length =
            Exchange { interim: vec![], last: head(204, &[("Content-Length", "0")]), body: vec![], extra: vec![] };
        assert_eq!(check_of(204, &with_length), "no Content-Length");
    }

    #[test]
    fn early_hints_need_the_interim_103_with_link() {
        let link = "</style.css>; rel=preload; as=style";
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        assert_eq!(check_of(103, &ex), "interim");
        ex.interim.push(head(103, &[]));
        assert_eq!(check_of(103, &ex), "interim 103 Link");
        ex.interim[0] = head(103, &[("Link", link)]);
        assert_eq!(judge(&main_probe(&catalog(), 103), &ex, None, None), Ok(()));
    }

    #[test]
    fn upgrade_needs_the_connection_option() {
        let body = r#"{"message":"Upgrade Required"}"#;
        let ok = json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "keep-alive, Upgrade")], body);
        assert_eq!(judge(&main_probe(&catalog(), 426), &ok, None, None), Ok(()));
        let missing = json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "close")], body);
        assert_eq!(check_of(426, &missing), "header Connection");
        // Two field lines are one list (RFC 9110 5.3).
        let split =
            json_exchange(426, &[("Connection", "close"), ("Upgrade", "HTTP/3.0"), ("Connection", "Upgrade")], body);
        assert_eq!(judge(&main_probe(&catalog(), 426), &split, None, None), Ok(()));
    }

    #[test]
    fn a_second_conflicting_field_line_fails() {
        let body = r#"{"message":"Moved Permanently"}"#;
        let twice =
            json_exchange(301, &[("Location", "https://example.com/new-endpoint"), ("Location", "/other")], body);
        assert_eq!(check_of(301, &twice), "header Location");
    }

    #[test]
    fn websocket_switch_needs_the_accept_and_frames() {
        let key = "dGhlIHNhbXBsZSBub25jZQ==";
        assert_eq!(websocket_accept(key), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        let probe = main_probe(&catalog(), 101);
        let head = |accept: &str| {
            head(101, &[("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", accept)])
        };
        let real = Exchange {
            interim: vec![],
            last: head(&websocket_accept(key)),
            body: vec![],
            extra: vec![0x81, 0x02, b'h', b'i'],
        };
        assert_eq!(judge(&probe, &real, Some(key), None), Ok(()));
        let hard_coded = Exchange {
            last: head("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
            ..Exchange { interim: vec![], last: head(""), body: vec![], extra: vec![] }
        };
        assert_eq!(
            judge(&probe, &hard_coded, Some("AAAAAAAAAAAAAAAAAAAAAA=="), None).unwrap_err().check,
            "header Sec-WebSocket-Accept"
        );
        let still_http = Exchange {
            interim: vec![],
            last: head(&websocket_accept(key)),
            body: vec![],
            extra: b"HTTP/1.1 200 OK\r\n".to_vec(),
        };
        assert_eq!(judge(&probe, &still_http, Some(key), None).unwrap_err().check, "switch");
        let json_body = Exchange {
            interim: vec![],
            last: head(&websocket_accept(key)),
            body: vec![],
            extra: b"{\"message\":\"x\"}".to_vec(),
        };
        assert_eq!(judge(&probe, &json_body, Some(key), None).unwrap_err().check, "switch");
    }

    #[test]
    fn conditional_codes_are_probed_unconditionally_too() {
        let cat = catalog();
        let probes = cat.get(304).unwrap().probes();
        assert_eq!(probes.len(), 2);
        let plain = json_exchange(200, &[("ETag", "\"v1\"")], r#"{"message":"OK"}"#);
        assert_eq!(judge(&probes[1], &plain, None, None), Ok(()));
        let always_304 =
            Exchange { interim: vec![], last: head(304, &[("ETag", "\"v1\"")]), body: vec![], extra: vec![] };
        assert_eq!(judge(&probes[1], &always_304, None, None).unwrap_err().check, "status");
        let probes = cat.get(206).unwrap().probes();
        let full = json_exchange(200, &[], r#"{"message":"Partial Content"}"#);
        assert_eq!(judge(&probes[1], &full, None, None), Ok(()));
    }

    #[test]
    fn http_1_0_clients_get_no_interim_response() {
        let cat = catalog();
        let probes = cat.get(103).unwrap().probes();
        assert_eq!(probes[1].request.version, "HTTP/1.0");
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        assert_eq!(judge(&probes[1], &ex, None, None), Ok(()));
        ex.interim.push(head(103, &[("Link", "</style.css>; rel=preload; as=style")]));
        assert_eq!(judge(&probes[1], &ex, None, None).unwrap_err().check, "interim");
    }

    #[test]
    fn a_range_that_does_not_start_at_zero_is_served_as_asked() {
        let cat = catalog();
        let probes = cat.get(206).unwrap().probes();
        let part = probes.iter().find(|p| p.response.content_range == Some(ContentRangeRule::Request)).unwrap();
        let whole = br#"{"message":"Partial Content"}"#;
        let ok = json_exchange(206, &[("Content-Range", "bytes 2-5/29")], "mess");
        assert_eq!(judge(part, &ok, None, Some(whole)), Ok(()));
        let from_zero = json_exchange(206, &[("Content-Range", "bytes 0-28/29")], r#"{"message":"Partial Content"}"#);
        assert_eq!(judge(part, &from_zero, None, Some(whole)).unwrap_err().check, "header Content-Range");
        let wrong_bytes = json_exchange(206, &[("Content-Range", "bytes 2-5/29")], "abcd");
        assert_eq!(judge(part, &wrong_bytes, None, Some(whole)).unwrap_err().check, "body");
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
        assert_eq!(judge(&main_probe(&catalog(), 206), &ok, None, None), Ok(()));
        assert_eq!(check_of(206, &json_exchange(206, &[], body)), "header Content-Range");
    }
}
