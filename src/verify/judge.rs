//! The judge: it takes one recorded exchange (or a pair of them) and the catalog's rules and says
//! whether the server spoke correct HTTP. It does no I/O, so every rule is unit-tested on
//! recorded exchanges below.
//!
//! Two layers. The message rules hold for every exchange of every cell: framing (RFC 9112 6,
//! RFC 9110 8.6), Date on 2xx-4xx (RFC 9110 6.6.1), and the grammar of every header field it
//! knows, wherever it appears. The code's rules come from the catalog: interim responses, the
//! final status, fields that must be present (checked by grammar, never by exact value),
//! tokens a list must hold, relationships (a 304's ETag is its 200's, a Content-Range's
//! complete-length is the full representation's), the content and the WebSocket talk after a
//! 101. A broken MUST is the verdict; a broken SHOULD is a warning beside a pass.

use serde_json::Value;

use base64::Engine as _;
use sha1::{Digest, Sha1};

use super::grammar;
use crate::catalog::{BodyRule, ContentRangeRule, Probe, SwitchRule};
use crate::verify::http::{first_bytes, Exchange, Head};

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

/// What a probe comes to: passed, with the SHOULDs it missed, or the first MUST it broke.
pub type Judgement = Result<Vec<Broken>, Broken>;

/// What earlier exchanges with the same example taught, for rules that relate two responses.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seen<'a> {
    /// The Sec-WebSocket-Key verify sent, if any.
    pub ws_key: Option<&'a str>,
    /// The full representation a plain GET returned.
    pub whole: Option<&'a [u8]>,
    /// The ETag that full representation carried, as written.
    pub etag: Option<&'a str>,
}

/// The Sec-WebSocket-Accept that answers a key (RFC 6455 4.2.2).
pub fn websocket_accept(key: &str) -> String {
    let digest = Sha1::digest(format!("{key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(digest)
}

/// Judges one exchange: the message rules, then the probe's own.
pub fn judge(probe: &Probe, ex: &Exchange, seen: Seen) -> Judgement {
    // A wrong status says the most about what to fix: it goes first.
    let rules = &probe.response;
    let ignored_range = rules.may_ignore_range && ex.last.status == 200;
    let rejected_range = rules.may_reject_range && ex.last.status == 416;
    if ex.last.status != rules.status && !ignored_range && !rejected_range {
        return Err(broken("status", rules.status.to_string(), ex.last.status.to_string()));
    }
    message(&probe.request.method, &probe.request.version, ex, seen)?;
    code_rules(probe, ex, seen)
}

/// A header field whose value has a grammar, and whether it may appear only once.
struct Grammar {
    name: &'static str,
    single: bool,
    check: fn(&str) -> Result<(), String>,
}

fn ok<T>(r: Result<T, String>) -> Result<(), String> {
    r.map(|_| ())
}

const GRAMMARS: &[Grammar] = &[
    Grammar { name: "Location", single: true, check: |v| ok(grammar::location(v)) },
    Grammar { name: "Retry-After", single: true, check: |v| ok(grammar::retry_after(v)) },
    Grammar { name: "ETag", single: true, check: |v| ok(grammar::entity_tag(v)) },
    Grammar { name: "Content-Range", single: true, check: |v| ok(grammar::content_range(v)) },
    Grammar { name: "Content-Type", single: true, check: |v| ok(grammar::media_type(v)) },
    Grammar { name: "Date", single: true, check: |v| ok(grammar::imf_fixdate(v)) },
    Grammar { name: "Sec-WebSocket-Accept", single: true, check: |_| Ok(()) },
    Grammar { name: "WWW-Authenticate", single: false, check: |v| nonempty(grammar::challenges(v)) },
    Grammar { name: "Proxy-Authenticate", single: false, check: |v| nonempty(grammar::challenges(v)) },
    Grammar { name: "Allow", single: false, check: |v| ok(grammar::allow(v)) },
    Grammar { name: "Link", single: false, check: |v| ok(grammar::link(v)) },
    Grammar { name: "Upgrade", single: false, check: |v| nonempty(grammar::upgrade(v)) },
    Grammar { name: "Connection", single: false, check: |v| ok(grammar::connection_options(v)) },
];

fn nonempty<T>(r: Result<Vec<T>, String>) -> Result<(), String> {
    match r {
        Ok(v) if v.is_empty() => Err("an empty list".into()),
        other => ok(other),
    }
}

/// Each known field of a head, valid by its grammar and, if it is a singleton, sent once.
fn fields_by_grammar(head: &Head, which: &str) -> Result<(), Broken> {
    for g in GRAMMARS {
        let lines = head.values(g.name);
        if lines.is_empty() {
            continue;
        }
        let check = format!("{which}header {}", g.name);
        if g.single && lines.len() > 1 {
            return Err(broken(check, format!("one {} field line", g.name), lines.join(" / ")));
        }
        let value = lines.join(", ");
        if let Err(why) = (g.check)(&value) {
            return Err(broken(check, format!("a valid {}", g.name), format!("{}: {value} ({why})", g.name)));
        }
    }
    Ok(())
}

/// The rules for every HTTP message: framing, Date, and field grammar.
fn message(method: &str, version: &str, ex: &Exchange, seen: Seen) -> Result<(), Broken> {
    for interim in &ex.interim {
        fields_by_grammar(interim, &format!("interim {} ", interim.status))?;
        if let Err(why) = grammar::framing(&interim.headers, interim.status, method, Some(0)) {
            return Err(broken("framing", "a valid interim response", why));
        }
    }
    let last = &ex.last;
    let framing = grammar::framing(&last.headers, last.status, method, Some(ex.body.len()))
        .map_err(|why| broken("framing", "a correctly framed response (RFC 9112 6)", why))?;
    if framing.repeated_content_length {
        return Err(broken(
            "framing",
            "one Content-Length value (RFC 9110 8.6)",
            last.values("content-length").join(" / "),
        ));
    }
    if version == "HTTP/1.0" {
        grammar::no_transfer_encoding_for_http10(&framing).map_err(|why| broken("framing", "no chunking", why))?;
    }
    let no_content = method == "HEAD" || matches!(last.status, 204 | 304);
    if no_content {
        if let Some(full) = seen.whole {
            grammar::declared_length_matches(&framing, full.len() as u64)
                .map_err(|why| broken("framing", "the Content-Length of the full response, or none", why))?;
        }
    }
    if last.status != 101 && !ex.extra.is_empty() {
        let what = if no_content { "no content" } else { "framing" };
        return Err(broken(
            what,
            "nothing after the response",
            format!("{} more bytes: {}", ex.extra.len(), first_bytes(&ex.extra)),
        ));
    }
    if (200..500).contains(&last.status) {
        match last.values("date").as_slice() {
            [] => return Err(broken("header Date", "a Date on every 2xx, 3xx and 4xx (RFC 9110 6.6.1)", "absent")),
            [_] => {}
            more => return Err(broken("header Date", "one Date", more.join(" / "))),
        }
    }
    fields_by_grammar(last, "")
}

fn has_token(head: &Head, name: &str, token: &str) -> bool {
    head.values(name).join(",").split(',').any(|t| t.trim().eq_ignore_ascii_case(token))
}

/// The catalog's rules for this probe.
fn code_rules(probe: &Probe, ex: &Exchange, seen: Seen) -> Judgement {
    let rules = &probe.response;
    let mut warnings = Vec::new();
    for want in &rules.interim {
        let Some(got) = ex.interim.iter().find(|h| h.status == want.status) else {
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
        if want.status == 100 && ex.answered_before_body {
            return Err(broken(
                "interim 100",
                "the final response after the body (RFC 9110 10.1.1)",
                "a response while half the body was unsent",
            ));
        }
        for field in &want.headers {
            if got.header(&field.name).is_none() {
                return Err(broken(
                    format!("interim {} {}", want.status, field.name),
                    format!("a {} field (such as {}: {})", field.name, field.name, field.value),
                    "absent",
                ));
            }
        }
    }
    if rules.no_interim && !ex.interim.is_empty() {
        let got: Vec<String> = ex.interim.iter().map(|h| h.status.to_string()).collect();
        return Err(broken(
            "interim",
            "no interim response to an HTTP/1.0 client (RFC 9110 15.2)",
            format!("interim {}", got.join(", ")),
        ));
    }
    let last = &ex.last;
    if rules.may_reject_range && last.status == 416 {
        // The server rejected an invalid ranges-specifier, as it MAY (RFC 9110 14.2): then it
        // says which length it has, as any 416 does (14.4).
        content_range(probe, ContentRangeRule::Unsatisfied, ex, seen)?;
        return Ok(warnings);
    }
    if rules.may_ignore_range && last.status == 200 {
        // The server ignored the Range, as it MAY: then this is the whole representation.
        json_body(probe, ex)?;
        if let Some(whole) = seen.whole {
            if ex.body != whole {
                return Err(broken("body", "the full representation a plain GET returns", first_bytes(&ex.body)));
            }
        }
        return Ok(warnings);
    }
    if last.status != rules.status {
        return Err(broken("status", rules.status.to_string(), last.status.to_string()));
    }
    for field in &rules.headers {
        if last.values(&field.name).is_empty() {
            return Err(broken(
                format!("header {}", field.name),
                format!("a {} field (such as {}: {})", field.name, field.name, field.value),
                "absent",
            ));
        }
    }
    for field in &rules.header_tokens {
        if !has_token(last, &field.name, &field.value) {
            let got = last.values(&field.name).join(", ");
            let got = if got.is_empty() { "absent".to_string() } else { format!("{}: {got}", field.name) };
            return Err(broken(
                format!("header {}", field.name),
                format!("{} listing `{}`", field.name, field.value),
                got,
            ));
        }
    }
    for field in &rules.should_tokens {
        if !has_token(last, &field.name, &field.value) {
            let got = last.values(&field.name).join(", ");
            let got = if got.is_empty() { "absent".to_string() } else { format!("{}: {got}", field.name) };
            warnings.push(broken(
                format!("header {}", field.name),
                format!("{} listing `{}` (a SHOULD)", field.name, field.value),
                got,
            ));
        }
    }
    if let Some(rel) = &rules.should_link_rel {
        let links = last.values("link").join(", ");
        let has = grammar::link(&links).is_ok_and(|ls| ls.iter().any(|l| l.rels().iter().any(|r| r == rel)));
        if !has {
            let got = if links.is_empty() { "absent".to_string() } else { format!("Link: {links}") };
            warnings.push(broken("header Link", format!("a Link with rel=\"{rel}\" (a SHOULD)"), got));
        }
    }
    for name in &rules.forbid_headers {
        if let Some(value) = last.header(name) {
            return Err(broken(
                format!("no {name}"),
                format!("no {name} on a {}", rules.status),
                format!("{name}: {value}"),
            ));
        }
    }
    if last.status == 304 {
        // RFC 9110 15.4.5: no representation metadata beyond what guides a cache update.
        for name in ["Content-Type", "Content-Language", "Content-Encoding"] {
            if let Some(value) = last.header(name) {
                warnings.push(broken(format!("no {name}"), format!("no {name} on a 304 (a SHOULD NOT)"), value));
            }
        }
        if let (Some(want), Some(got)) = (seen.etag, last.header("etag")) {
            let same = match (grammar::entity_tag(want), grammar::entity_tag(got)) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            };
            if !same {
                return Err(broken("header ETag", format!("the ETag the 200 carried, {want}"), got));
            }
        }
    }
    if rules.switch == Some(SwitchRule::Websocket) {
        websocket(ex, seen)?;
        return Ok(warnings);
    }
    match rules.body {
        BodyRule::Part | BodyRule::Any => {}
        BodyRule::None => {
            if !ex.body.is_empty() {
                return Err(broken(
                    "no content",
                    format!("no content on a {}", rules.status),
                    format!("{} body bytes", ex.body.len()),
                ));
            }
        }
        BodyRule::Json => json_body(probe, ex)?,
    }
    if let Some(rule) = rules.content_range {
        content_range(probe, rule, ex, seen)?;
    }
    Ok(warnings)
}

/// `{"message": ...}` as application/json.
fn json_body(probe: &Probe, ex: &Exchange) -> Result<(), Broken> {
    let content_type = ex.last.header("content-type").unwrap_or("absent");
    let essence = grammar::media_type(content_type).map(|m| m.essence()).unwrap_or_default();
    if essence != "application/json" {
        return Err(broken("content-type", "application/json", content_type));
    }
    let expected = serde_json::json!({ "message": probe.message });
    let got: Option<Value> = serde_json::from_slice(&ex.body).ok();
    if got.as_ref() != Some(&expected) {
        return Err(broken("body", expected.to_string(), String::from_utf8_lossy(&ex.body)));
    }
    Ok(())
}

fn content_range(probe: &Probe, rule: ContentRangeRule, ex: &Exchange, seen: Seen) -> Result<(), Broken> {
    let value = ex.last.header("content-range").unwrap_or("absent");
    let check = "header Content-Range";
    let parsed = grammar::content_range(value)
        .map_err(|why| broken(check, "a byte Content-Range", format!("{value} ({why})")))?;
    let complete_ok = |complete: Option<u64>| match (complete, seen.whole) {
        (Some(c), Some(whole)) => c == whole.len() as u64,
        _ => true,
    };
    let whole_len = seen.whole.map_or("LENGTH".to_string(), |w| w.len().to_string());
    match (rule, parsed) {
        (ContentRangeRule::Unsatisfied, grammar::ContentRange::Unsatisfied { unit, complete })
            if unit.eq_ignore_ascii_case("bytes") =>
        {
            if !complete_ok(Some(complete)) {
                return Err(broken(check, format!("bytes */{whole_len}, the full representation's length"), value));
            }
            Ok(())
        }
        (ContentRangeRule::Unsatisfied, _) => Err(broken(check, format!("bytes */{whole_len}"), value)),
        (_, grammar::ContentRange::Satisfied { unit, first, last, complete }) if unit.eq_ignore_ascii_case("bytes") => {
            if last - first + 1 != ex.body.len() as u64 {
                return Err(broken(
                    check,
                    format!("bytes FIRST-LAST/LENGTH covering the {} body bytes", ex.body.len()),
                    value,
                ));
            }
            if !complete_ok(complete) {
                return Err(broken(
                    check,
                    format!("the complete-length {whole_len} of the full representation"),
                    value,
                ));
            }
            if rule == ContentRangeRule::Request {
                let asked = probe.request.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("range")).map(|(_, v)| v);
                if let Some(ranges) = asked.and_then(|r| grammar::range_header(r).ok()) {
                    let length = seen.whole.map_or(u64::MAX, |w| w.len() as u64);
                    if let Some(&(a, b)) = ranges.resolve(length).first() {
                        if (first, last) != (a, b) {
                            return Err(broken(check, format!("the range asked for, bytes {a}-{b}"), value));
                        }
                    }
                }
                if let Some(whole) = seen.whole {
                    if whole.get(first as usize..=last as usize) != Some(ex.body.as_slice()) {
                        return Err(broken(
                            "body",
                            "exactly those bytes of the whole representation",
                            first_bytes(&ex.body),
                        ));
                    }
                }
            }
            Ok(())
        }
        _ => Err(broken(check, "bytes FIRST-LAST/LENGTH", value)),
    }
}

/// After a 101: the accept answers the key, and the server talks WebSocket: it replies to the
/// text frame verify sent and answers its Close with a Close (RFC 6455 4.2.2, 5.5.1).
fn websocket(ex: &Exchange, seen: Seen) -> Result<(), Broken> {
    let want = websocket_accept(seen.ws_key.unwrap_or_default());
    let got = ex.last.values("sec-websocket-accept");
    if got != [want.as_str()] {
        let got = if got.is_empty() { "absent".into() } else { got.join(" / ") };
        return Err(broken("header Sec-WebSocket-Accept", format!("{want} (from the key sent)"), got));
    }
    let Some(talk) = &ex.talk else {
        return Err(broken("websocket reply", "WebSocket frames after the 101", "no WebSocket talk was recorded"));
    };
    talk.reply
        .as_ref()
        .map_err(|why| broken("websocket reply", "a data frame answering the text frame sent", why.clone()))?;
    talk.close
        .as_ref()
        .map_err(|why| broken("websocket close", "a Close frame answering the Close sent", why.clone()))?;
    Ok(())
}

/// A HEAD to the same request as `get`: the same status, the same fields the code requires
/// (a SHOULD: RFC 9110 9.3.2 lets a server omit fields computed while generating content), and
/// no content (a MUST: the message rules already hold it to that).
pub fn judge_head(probe: &Probe, get: &Exchange, head: &Exchange, seen: Seen) -> Judgement {
    message("HEAD", &probe.request.version, head, seen)?;
    if head.last.status != get.last.status {
        return Err(broken(
            "status",
            format!("{}, as the GET got (RFC 9110 9.3.2)", get.last.status),
            head.last.status.to_string(),
        ));
    }
    let mut warnings = Vec::new();
    for field in probe.response.headers.iter().map(|f| &f.name) {
        if !get.last.values(field).is_empty() && head.last.values(field).is_empty() {
            warnings.push(broken(format!("header {field}"), format!("{field}, as the GET got (a SHOULD)"), "absent"));
        }
    }
    Ok(warnings)
}

/// A method a response's Allow listed, tried: it must not get 404, 405 or 501 (RFC 9110 10.2.1:
/// Allow lists the methods the target resource supports).
pub fn judge_allowed(method: &str, ex: &Exchange) -> Result<(), Broken> {
    if matches!(ex.last.status, 404 | 405 | 501) {
        return Err(broken(
            format!("allowed {method}"),
            format!("{method}, listed in Allow, to be served"),
            ex.last.status.to_string(),
        ));
    }
    Ok(())
}

/// After a response that said `Connection: close` (on a connection the client meant to keep),
/// the server MUST close the connection (RFC 9112 9.6); `left_open` says it did not.
pub fn judge_close(left_open: bool) -> Result<(), Broken> {
    if left_open {
        return Err(broken(
            "connection close",
            "the server to close the connection after sending `Connection: close` (RFC 9112 9.6)",
            "the connection still open a second later",
        ));
    }
    Ok(())
}

/// The methods an Allow lists, other than those already tried.
pub fn allowed_methods<'a>(head: &'a Head, tried: &str) -> Vec<&'a str> {
    let lines = head.values("allow");
    let mut out: Vec<&str> = Vec::new();
    for line in lines {
        for m in grammar::allow(line).unwrap_or_default() {
            if m != tried && m != "HEAD" && !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::verify::http::Talk;

    const DATE: (&str, &str) = ("Date", "Wed, 02 Dec 2026 18:00:00 GMT");

    /// The built-in catalog, parsed once for all the tests here.
    fn catalog() -> &'static Catalog {
        static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        CATALOG.get_or_init(|| Catalog::parse(&crate::assets::catalog(&Default::default()).unwrap()).unwrap())
    }

    fn head(status: u16, headers: &[(&str, &str)]) -> Head {
        Head { status, headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect() }
    }

    /// A JSON response with a Date and a correct Content-Length, plus `headers`.
    fn json_exchange(status: u16, headers: &[(&str, &str)], body: &str) -> Exchange {
        let length = body.len().to_string();
        let mut all = vec![("Content-Type", "application/json"), DATE, ("Content-Length", length.as_str())];
        all.extend_from_slice(headers);
        Exchange {
            interim: vec![],
            last: head(status, &all),
            body: body.as_bytes().to_vec(),
            extra: vec![],
            talk: None,
            answered_before_body: false,
        }
    }

    fn empty_exchange(status: u16, headers: &[(&str, &str)]) -> Exchange {
        let mut all = vec![DATE];
        all.extend_from_slice(headers);
        Exchange {
            interim: vec![],
            last: head(status, &all),
            body: vec![],
            extra: vec![],
            talk: None,
            answered_before_body: false,
        }
    }

    fn probe_named(cat: &Catalog, code: u16, name: &str) -> Probe {
        cat.get(code).unwrap().probes().into_iter().find(|p| p.name == name).unwrap()
    }

    fn main_probe(cat: &Catalog, code: u16) -> Probe {
        probe_named(cat, code, "")
    }

    fn verdict(code: u16, ex: &Exchange) -> Judgement {
        judge(&main_probe(catalog(), code), ex, Seen::default())
    }

    fn check_of(code: u16, ex: &Exchange) -> String {
        verdict(code, ex).unwrap_err().check
    }

    fn passes(code: u16, ex: &Exchange) {
        assert_eq!(verdict(code, ex), Ok(vec![]), "{ex:?}");
    }

    fn message(code: u16) -> String {
        format!(r#"{{"message":"{}"}}"#, catalog().get(code).unwrap().message)
    }

    #[test]
    fn a_correct_503_passes_and_each_fault_is_named() {
        let good = json_exchange(503, &[("Retry-After", "60")], &message(503));
        passes(503, &good);
        assert_eq!(check_of(503, &json_exchange(200, &[], &message(503))), "status");
        assert_eq!(check_of(503, &json_exchange(503, &[("Retry-After", "60")], r#"{"message":"Nope"}"#)), "body");
        let extra_key = r#"{"message":"Service Unavailable","x":1}"#;
        assert_eq!(check_of(503, &json_exchange(503, &[("Retry-After", "60")], extra_key)), "body");
        let mut html = good;
        html.last.headers[0].1 = "text/html; charset=utf-8".into();
        assert_eq!(check_of(503, &html), "content-type");
    }

    #[test]
    fn framing_faults_fail_and_correct_framing_written_otherwise_passes() {
        let body = message(404);
        let twice = json_exchange(404, &[("Content-Length", &body.len().to_string())], &body);
        assert_eq!(check_of(404, &twice), "framing");
        let with_te = json_exchange(404, &[("Transfer-Encoding", "chunked")], &body);
        assert_eq!(check_of(404, &with_te), "framing");
        let mut short = json_exchange(404, &[], &body);
        short.last.headers[2].1 = "3".into();
        assert_eq!(check_of(404, &short), "framing");
        let mut trailing = json_exchange(404, &[], &body);
        trailing.extra = b"HTTP/1.1 200 OK\r\n".to_vec();
        assert_eq!(check_of(404, &trailing), "framing");
        // Chunked, with no Content-Length: as correct as a Content-Length.
        let mut chunked = json_exchange(404, &[("Transfer-Encoding", "chunked")], &body);
        chunked.last.headers.retain(|(n, _)| n != "Content-Length");
        passes(404, &chunked);
        // Delimited by closing the connection: correct too.
        let mut closed = json_exchange(404, &[], &body);
        closed.last.headers.retain(|(n, _)| n != "Content-Length");
        passes(404, &closed);
    }

    #[test]
    fn an_http_1_0_client_gets_no_chunking() {
        let cat = catalog();
        let probe = probe_named(cat, 103, "HTTP/1.0 GET");
        let mut ex = json_exchange(200, &[("Transfer-Encoding", "chunked")], r#"{"message":"OK"}"#);
        ex.last.headers.retain(|(n, _)| n != "Content-Length");
        assert_eq!(judge(&probe, &ex, Seen::default()).unwrap_err().check, "framing");
    }

    #[test]
    fn date_is_required_on_2xx_to_4xx_as_an_imf_fixdate() {
        let mut ex = json_exchange(404, &[], &message(404));
        ex.last.headers.retain(|(n, _)| n != "Date");
        assert_eq!(check_of(404, &ex), "header Date");
        ex.last.headers.push(("Date".into(), "Wednesday, 02-Dec-26 18:00:00 GMT".into()));
        assert_eq!(check_of(404, &ex), "header Date");
        // 5xx MAY go without (RFC 9110 6.6.1).
        let mut no_date = json_exchange(500, &[], &message(500));
        no_date.last.headers.retain(|(n, _)| n != "Date");
        passes(500, &no_date);
    }

    #[test]
    fn required_fields_are_judged_by_grammar_not_by_value() {
        let moved = message(301);
        passes(301, &json_exchange(301, &[("Location", "https://example.com/new-endpoint")], &moved));
        passes(301, &json_exchange(301, &[("Location", "/new-endpoint?from=old")], &moved));
        assert_eq!(check_of(301, &json_exchange(301, &[], &moved)), "header Location");
        assert_eq!(
            check_of(301, &json_exchange(301, &[("Location", "http://exa mple.com/")], &moved)),
            "header Location"
        );
        let twice = json_exchange(301, &[("Location", "/a"), ("Location", "/b")], &moved);
        assert_eq!(check_of(301, &twice), "header Location");

        let busy = message(503);
        passes(503, &json_exchange(503, &[("Retry-After", "Wed, 02 Dec 2026 19:00:00 GMT")], &busy));
        assert_eq!(check_of(503, &json_exchange(503, &[("Retry-After", "soon")], &busy)), "header Retry-After");

        let who = message(401);
        passes(401, &json_exchange(401, &[("WWW-Authenticate", r#"Basic realm="example", charset="UTF-8""#)], &who));
        assert_eq!(
            check_of(401, &json_exchange(401, &[("WWW-Authenticate", "=oops")], &who)),
            "header WWW-Authenticate"
        );
        assert_eq!(check_of(401, &json_exchange(401, &[], &who)), "header WWW-Authenticate");

        let not_allowed = message(405);
        passes(405, &json_exchange(405, &[("Allow", "POST, PUT")], &not_allowed));
        assert_eq!(check_of(405, &json_exchange(405, &[("Allow", "POST; PUT")], &not_allowed)), "header Allow");
    }

    #[test]
    fn allow_lists_what_must_be_tried_and_a_405_for_it_fails() {
        let ex = json_exchange(405, &[("Allow", "POST, GET"), ("Allow", "HEAD, PUT")], &message(405));
        assert_eq!(allowed_methods(&ex.last, "GET"), ["POST", "PUT"]);
        assert_eq!(judge_allowed("POST", &json_exchange(405, &[], "{}")).unwrap_err().check, "allowed POST");
        assert_eq!(judge_allowed("POST", &json_exchange(404, &[], "{}")).unwrap_err().check, "allowed POST");
        assert!(judge_allowed("POST", &json_exchange(201, &[], "{}")).is_ok());
    }

    #[test]
    fn no_content_codes_fail_with_a_body_or_content_length() {
        passes(204, &empty_exchange(204, &[]));
        let mut with_body = empty_exchange(204, &[]);
        with_body.extra = b"{}".to_vec();
        assert_eq!(check_of(204, &with_body), "no content");
        assert_eq!(check_of(204, &empty_exchange(204, &[("Content-Length", "0")])), "framing");
    }

    #[test]
    fn early_hints_need_the_interim_103_with_a_valid_link() {
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        assert_eq!(check_of(103, &ex), "interim");
        ex.interim.push(head(103, &[]));
        assert_eq!(check_of(103, &ex), "interim 103 Link");
        ex.interim[0] = head(103, &[("Link", "/style.css; rel=preload")]);
        assert_eq!(check_of(103, &ex), "interim 103 header Link");
        ex.interim[0] = head(103, &[("Link", "</app.js>; rel=preload; as=script, </s.css>; rel=preload; as=style")]);
        passes(103, &ex);
    }

    #[test]
    fn upgrade_needs_the_connection_option() {
        let body = message(426);
        passes(426, &json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "keep-alive, Upgrade")], &body));
        let missing = json_exchange(426, &[("Upgrade", "HTTP/3.0"), ("Connection", "close")], &body);
        assert_eq!(check_of(426, &missing), "header Connection");
        // Two field lines are one list (RFC 9110 5.3).
        let split = json_exchange(
            426,
            &[("Connection", "close"), ("Upgrade", "h2c, HTTP/3.0"), ("Connection", "Upgrade")],
            &body,
        );
        passes(426, &split);
        let bad = json_exchange(426, &[("Upgrade", "HTTP/"), ("Connection", "Upgrade")], &body);
        assert_eq!(check_of(426, &bad), "header Upgrade");
    }

    #[test]
    fn shoulds_are_warnings_not_failures() {
        let timeout = message(408);
        let warned = verdict(408, &json_exchange(408, &[], &timeout)).unwrap();
        assert_eq!(warned.iter().map(|b| b.check.as_str()).collect::<Vec<_>>(), ["header Connection"]);
        passes(408, &json_exchange(408, &[("Connection", "close")], &timeout));
        let legal = message(451);
        let warned = verdict(451, &json_exchange(451, &[], &legal)).unwrap();
        assert_eq!(warned[0].check, "header Link");
        passes(451, &json_exchange(451, &[("Link", r#"<https://example.com/legal>; rel="blocked-by""#)], &legal));
    }

    fn websocket_exchange(accept: &str, talk: Option<Talk>) -> Exchange {
        let heads = [("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", accept)];
        Exchange {
            interim: vec![],
            last: head(101, &heads),
            body: vec![],
            extra: vec![],
            talk,
            answered_before_body: false,
        }
    }

    #[test]
    fn websocket_switch_needs_the_accept_a_reply_and_a_close() {
        let key = "dGhlIHNhbXBsZSBub25jZQ==";
        assert_eq!(websocket_accept(key), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        let probe = main_probe(catalog(), 101);
        let seen = Seen { ws_key: Some(key), ..Seen::default() };
        let frame = |opcode, payload: &[u8]| grammar::Frame { fin: true, opcode, payload: payload.to_vec() };
        let talk = |reply: Result<grammar::Frame, String>, close| Some(Talk { reply, close });
        let good = talk(Ok(frame(grammar::Opcode::Text, b"hi")), Ok(frame(grammar::Opcode::Close, &[3, 232])));
        assert_eq!(judge(&probe, &websocket_exchange(&websocket_accept(key), good.clone()), seen), Ok(vec![]));
        let other_key = Seen { ws_key: Some("AAAAAAAAAAAAAAAAAAAAAA=="), ..Seen::default() };
        let hard_coded = websocket_exchange("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", good);
        assert_eq!(judge(&probe, &hard_coded, other_key).unwrap_err().check, "header Sec-WebSocket-Accept");
        let silent = talk(Err("none came within the timeout".into()), Ok(frame(grammar::Opcode::Close, &[])));
        let ex = websocket_exchange(&websocket_accept(key), silent);
        assert_eq!(judge(&probe, &ex, seen).unwrap_err().check, "websocket reply");
        let no_close = talk(Ok(frame(grammar::Opcode::Binary, b"x")), Err("the connection closed without it".into()));
        let ex = websocket_exchange(&websocket_accept(key), no_close);
        assert_eq!(judge(&probe, &ex, seen).unwrap_err().check, "websocket close");
    }

    #[test]
    fn an_unsupported_websocket_version_needs_426_naming_13() {
        let cat = catalog();
        let probe = probe_named(cat, 101, "unsupported WebSocket version");
        let mut ex = json_exchange(426, &[("Sec-WebSocket-Version", "13, 8")], "Upgrade Required");
        ex.last.headers[0].1 = "text/plain".into();
        assert_eq!(judge(&probe, &ex, Seen::default()), Ok(vec![]));
        ex.last.headers.retain(|(n, _)| n != "Sec-WebSocket-Version");
        assert_eq!(judge(&probe, &ex, Seen::default()).unwrap_err().check, "header Sec-WebSocket-Version");
        let bad_request = json_exchange(400, &[("Sec-WebSocket-Version", "13")], "{}");
        assert_eq!(judge(&probe, &bad_request, Seen::default()).unwrap_err().check, "status");
    }

    #[test]
    fn a_304_carries_its_200s_etag_and_no_content() {
        let cat = catalog();
        let probe = main_probe(cat, 304);
        let whole = br#"{"message":"OK"}"#;
        let seen = Seen { etag: Some("\"v1\""), whole: Some(whole), ..Seen::default() };
        assert_eq!(judge(&probe, &empty_exchange(304, &[("ETag", "\"v1\"")]), seen), Ok(vec![]));
        let other = empty_exchange(304, &[("ETag", "\"v2\"")]);
        assert_eq!(judge(&probe, &other, seen).unwrap_err().check, "header ETag");
        let weakened = empty_exchange(304, &[("ETag", "W/\"v1\"")]);
        assert_eq!(judge(&probe, &weakened, seen).unwrap_err().check, "header ETag");
        // A Content-Length on a 304 is the 200's, or it is wrong (RFC 9110 8.6).
        let same_length = empty_exchange(304, &[("ETag", "\"v1\""), ("Content-Length", "16")]);
        assert_eq!(judge(&probe, &same_length, seen), Ok(vec![]));
        let zero = empty_exchange(304, &[("ETag", "\"v1\""), ("Content-Length", "0")]);
        assert_eq!(judge(&probe, &zero, seen).unwrap_err().check, "framing");
        let typed = empty_exchange(304, &[("ETag", "\"v1\""), ("Content-Type", "application/json")]);
        assert_eq!(judge(&probe, &typed, seen).unwrap()[0].check, "no Content-Type");
        let plain = probe_named(cat, 304, "GET without If-None-Match");
        let always_304 = empty_exchange(304, &[("ETag", "\"v1\"")]);
        assert_eq!(judge(&plain, &always_304, Seen::default()).unwrap_err().check, "status");
        let other_tag = probe_named(cat, 304, "If-None-Match other");
        assert_eq!(judge(&other_tag, &always_304, seen).unwrap_err().check, "status");
    }

    #[test]
    fn reset_content_is_empty_however_it_is_framed() {
        // RFC 9110 15.3.6: Content-Length: 0, an empty chunked body, or a close after the head.
        passes(205, &empty_exchange(205, &[("Content-Length", "0")]));
        passes(205, &empty_exchange(205, &[("Transfer-Encoding", "chunked")]));
        passes(205, &empty_exchange(205, &[("Connection", "close")]));
        assert_eq!(check_of(205, &json_exchange(205, &[], "{}")), "no content");
    }

    #[test]
    fn ranges_relate_to_the_full_representation() {
        let cat = catalog();
        let whole = br#"{"message":"Partial Content"}"#;
        let seen = Seen { whole: Some(whole), ..Seen::default() };
        let main = main_probe(cat, 206);
        let body = std::str::from_utf8(whole).unwrap();
        assert_eq!(judge(&main, &json_exchange(206, &[("Content-Range", "bytes 0-28/29")], body), seen), Ok(vec![]));
        let made_up = json_exchange(206, &[("Content-Range", "bytes 0-28/1000")], body);
        assert_eq!(judge(&main, &made_up, seen).unwrap_err().check, "header Content-Range");
        let part = probe_named(cat, 206, "GET bytes=2-5");
        let ok = json_exchange(206, &[("Content-Range", "bytes 2-5/29")], "mess");
        assert_eq!(judge(&part, &ok, seen), Ok(vec![]));
        let from_zero = json_exchange(206, &[("Content-Range", "bytes 0-28/29")], body);
        assert_eq!(judge(&part, &from_zero, seen).unwrap_err().check, "header Content-Range");
        let wrong_bytes = json_exchange(206, &[("Content-Range", "bytes 2-5/29")], "abcd");
        assert_eq!(judge(&part, &wrong_bytes, seen).unwrap_err().check, "body");
        // Unsatisfiable: 416 with the right length, or the whole representation with 200.
        let beyond = probe_named(cat, 206, "GET bytes=100000-");
        assert_eq!(judge(&beyond, &json_exchange(416, &[("Content-Range", "bytes */29")], "{}"), seen), Ok(vec![]));
        let wrong = json_exchange(416, &[("Content-Range", "bytes */1000")], "{}");
        assert_eq!(judge(&beyond, &wrong, seen).unwrap_err().check, "header Content-Range");
        assert_eq!(judge(&beyond, &json_exchange(200, &[], body), seen), Ok(vec![]));
        // An invalid ranges-specifier: ignored (200, the whole) or rejected as 416 names the
        // length (RFC 9110 14.2); an unknown unit MUST be ignored, so a 416 to it fails.
        let invalid = probe_named(cat, 206, "GET bytes=abc");
        assert_eq!(judge(&invalid, &json_exchange(200, &[], body), seen), Ok(vec![]));
        assert_eq!(judge(&invalid, &json_exchange(416, &[("Content-Range", "bytes */29")], ""), seen), Ok(vec![]));
        let wrong = json_exchange(416, &[("Content-Range", "bytes */1000")], "");
        assert_eq!(judge(&invalid, &wrong, seen).unwrap_err().check, "header Content-Range");
        assert_eq!(judge(&invalid, &json_exchange(416, &[], ""), seen).unwrap_err().check, "header Content-Range");
        let unknown_unit = probe_named(cat, 206, "GET items=0-5");
        let rejected = json_exchange(416, &[("Content-Range", "bytes */29")], "");
        assert_eq!(judge(&unknown_unit, &rejected, seen).unwrap_err().check, "status");
        // The 416 example: its Content-Range names the length of what a plain GET returns.
        let seen = Seen { whole: Some(br#"{"message":"OK"}"#), ..Seen::default() };
        let probe = main_probe(cat, 416);
        let ex = json_exchange(416, &[("Content-Range", "bytes */16")], &message(416));
        assert_eq!(judge(&probe, &ex, seen), Ok(vec![]));
        let ex = json_exchange(416, &[("Content-Range", "bytes */1000")], &message(416));
        assert_eq!(judge(&probe, &ex, seen).unwrap_err().check, "header Content-Range");
    }

    #[test]
    fn head_gets_the_gets_status_and_fields_and_no_content() {
        let cat = catalog();
        let probe = main_probe(cat, 301);
        let body = message(301);
        let get = json_exchange(301, &[("Location", "/new")], &body);
        let seen = Seen { whole: Some(body.as_bytes()), ..Seen::default() };
        let mut head_ok = json_exchange(301, &[("Location", "/new")], "");
        head_ok.last.headers[2].1 = body.len().to_string();
        assert_eq!(judge_head(&probe, &get, &head_ok, seen), Ok(vec![]));
        let not_found = json_exchange(404, &[], "");
        assert_eq!(judge_head(&probe, &get, &not_found, Seen::default()).unwrap_err().check, "status");
        let mut with_body = head_ok.clone();
        with_body.extra = body.as_bytes().to_vec();
        assert_eq!(judge_head(&probe, &get, &with_body, seen).unwrap_err().check, "no content");
        let mut no_location = head_ok;
        no_location.last.headers.retain(|(n, _)| n != "Location");
        assert_eq!(judge_head(&probe, &get, &no_location, seen).unwrap()[0].check, "header Location");
    }

    #[test]
    fn a_100_is_followed_by_the_final_response_only_after_the_body() {
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        ex.interim.push(head(100, &[]));
        passes(100, &ex);
        ex.answered_before_body = true;
        assert_eq!(check_of(100, &ex), "interim 100");
    }

    #[test]
    fn a_server_that_says_close_must_close() {
        assert_eq!(judge_close(false), Ok(()));
        assert_eq!(judge_close(true).unwrap_err().check, "connection close");
    }

    #[test]
    fn http_1_0_clients_get_no_interim_response() {
        let cat = catalog();
        let probe = probe_named(cat, 103, "HTTP/1.0 GET");
        let mut ex = json_exchange(200, &[], r#"{"message":"OK"}"#);
        assert_eq!(judge(&probe, &ex, Seen::default()), Ok(vec![]));
        ex.interim.push(head(103, &[("Link", "</style.css>; rel=preload; as=style")]));
        assert_eq!(judge(&probe, &ex, Seen::default()).unwrap_err().check, "interim");
        assert_eq!(probe_named(cat, 100, "HTTP/1.0 POST").request.version, "HTTP/1.0");
    }
}
