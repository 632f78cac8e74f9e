//! The status code catalog: every registered HTTP status code with the text its page shows and
//! the response rules its examples must follow on the wire.
//!
//! The TOML is parsed into serde types that deny unknown keys, then validated into `Catalog`
//! (codes in range, no duplicates, causes and fixes written for each code, rules that make
//! sense) before any work starts.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::assets::SourceFile;
use crate::error::{input_error, line_of, toml_error};

/// The status code catalog, `catalog.toml`: one `[[status]]` per code of the IANA HTTP Status
/// Code Registry, with the text its page shows and the rules its examples must follow on the wire.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(title = "snippetgen status code catalog")]
struct RawCatalog {
    /// The status codes, each listed once.
    status: Vec<RawStatus>,
}

/// One status code: its page's text and the exchange verify makes with its examples.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawStatus {
    /// The three-digit status code.
    #[schemars(with = "i64", range(min = 100, max = 599))]
    code: Spanned<i64>,
    /// The name exactly as the registry / RFC 9110 gives it.
    name: String,
    /// One short sentence for a developer who just saw the code.
    tldr: String,
    /// Two or three plain sentences that add to the tldr (never repeat it): what the code means,
    /// when a server sends it, and what the client should do.
    meaning: String,
    /// Common Causes: what usually makes a server send this code. Plain-text items (`backticks`
    /// for header names, code and configuration) written for this code: a sentence that also
    /// appears under another code is an error.
    #[schemars(with = "Vec<String>", length(min = 1))]
    causes: Vec<Spanned<String>>,
    /// How to Fix It (For Visitors): what a person seeing the code can do; for codes that are not
    /// errors, how a person or client handles the code correctly. Items as in `causes`.
    #[schemars(with = "Vec<String>", length(min = 1))]
    fix_visitors: Vec<Spanned<String>>,
    /// How to Fix It (For Developers/Admins): which header, server setting or log line to check;
    /// for codes that are not errors, how to produce the code right. Items as in `causes`.
    #[schemars(with = "Vec<String>", length(min = 1))]
    fix_developers: Vec<Spanned<String>>,
    /// The document that defines the code, as the registry cites it ("RFC 9110").
    spec: String,
    /// The section of `spec` that defines the code.
    section: String,
    /// Set when the registry marks the code so.
    registry: Option<RegistryNote>,
    /// The text examples return as `{"message": ...}`; defaults to `name`.
    message: Option<String>,
    /// What verify sends (default: a plain `GET /endpoint` over HTTP/1.1).
    #[serde(default)]
    request: RequestSpec,
    /// What the final response must look like on the wire.
    #[serde(default)]
    response: RawResponse,
    /// More exchanges the example must get right, such as a plain GET to a 304 example.
    #[serde(default)]
    also: Vec<RawProbe>,
}

/// One more exchange an example must get right, with its own request and rules.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProbe {
    /// What the exchange checks, as reports name it.
    name: String,
    /// The text the example returns here; defaults to the code's `message`.
    message: Option<String>,
    /// What verify sends.
    #[serde(default)]
    request: RequestSpec,
    /// What the response must look like; `status` defaults to the code.
    #[serde(default)]
    response: RawResponse,
}

/// What a correct example's response carries, as verify checks it on the wire.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawResponse {
    /// The final status (default: the code). A 1xx other than 101 is interim: list it under
    /// `interim` and give the final status here.
    #[schemars(with = "Option<i64>", range(min = 100, max = 599))]
    status: Option<Spanned<i64>>,
    /// What the final response's content is.
    #[serde(default)]
    body: BodyRule,
    /// Header fields the final response must carry. The value is the one the examples send;
    /// verify checks presence and grammar, not the value.
    #[serde(default)]
    headers: BTreeMap<String, String>,
    /// Header fields whose comma-separated list must hold this token, in any case.
    #[serde(default)]
    header_tokens: BTreeMap<String, String>,
    /// Header fields the final response must not carry.
    #[serde(default)]
    forbid_headers: Vec<String>,
    /// How Content-Range must relate to the response.
    content_range: Option<ContentRangeRule>,
    /// The protocol a 101 switches to, checked beyond the head.
    switch: Option<SwitchRule>,
    /// The interim (1xx) responses that must arrive before the final one, in order.
    #[serde(default)]
    interim: Vec<RawInterim>,
    /// No interim response may arrive at all (an HTTP/1.0 client, RFC 9110 15.2).
    #[serde(default)]
    no_interim: bool,
    /// As `header-tokens`, but a SHOULD: a missing token is a warning.
    #[serde(default)]
    should_tokens: BTreeMap<String, String>,
    /// A Link relation the response SHOULD carry (451: `blocked-by`).
    should_link_rel: Option<String>,
    /// A server MAY ignore Range (RFC 9110 14.2): a 200 with the full representation passes too.
    #[serde(default)]
    may_ignore_range: bool,
    /// A server MAY reject an invalid ranges-specifier (RFC 9110 14.2): a 416 with
    /// `Content-Range: bytes */LENGTH` passes too.
    #[serde(default)]
    may_reject_range: bool,
}

/// The protocol a 101 switches to, checked beyond the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SwitchRule {
    /// verify sends a fresh Sec-WebSocket-Key; the 101 must carry its Sec-WebSocket-Accept
    /// (RFC 6455 4.2.2), and whatever follows must be WebSocket frames, not HTTP.
    Websocket,
}

/// An interim (1xx) response that must arrive before the final one.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawInterim {
    /// A 1xx other than 101 (which ends the exchange).
    #[schemars(with = "i64", range(min = 100, max = 199), extend("not" = { "const": 101 }))]
    status: Spanned<i64>,
    /// Header fields the interim response must carry, as in the final response's `headers`.
    #[serde(default)]
    headers: BTreeMap<String, String>,
}

/// What the registry says of a code beyond its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegistryNote {
    /// The registry lists the code as unused (306, 418).
    Unused,
    /// The registry marks the code obsoleted (510).
    Obsoleted,
}

/// Whether the final response carries the JSON message or no content at all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BodyRule {
    /// `{"message": <message>}` as application/json.
    #[default]
    Json,
    /// No content at all (204, 205, 304, 101).
    None,
    /// A part of the JSON representation (a byte range of it), not JSON on its own.
    Part,
    /// Any content, or none: only its framing is judged (a WebSocket library's own 426 page).
    Any,
}

/// How Content-Range must relate to the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContentRangeRule {
    /// `bytes FIRST-LAST/LENGTH` describing exactly the bytes of the body sent.
    Body,
    /// As `"body"`, and FIRST-LAST is the range the request's `Range: bytes=A-B` asked for.
    Request,
    /// `bytes */LENGTH`, LENGTH the length of the full representation a plain GET returned
    /// (RFC 9110 14.4, 15.5.17).
    Unsatisfied,
}

/// The request verify sends for a code. Most codes need a plain `GET /endpoint`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RequestSpec {
    /// The method: the one a real endpoint returning the code answers, in uppercase.
    #[serde(default = "default_method")]
    #[schemars(regex(pattern = "^[A-Z]+$"))]
    pub method: String,
    /// Request header fields. Values may hold `{{etag}}`, the ETag a plain GET to the example
    /// returned, or `{{weak-etag}}`, that ETag as a weak one.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// A request body; with `Expect: 100-continue` it is sent only after the interim 100.
    pub body: Option<String>,
    /// The protocol version of the request line.
    #[serde(default = "default_version")]
    #[schemars(extend("enum" = ["HTTP/1.1", "HTTP/1.0"]))]
    pub version: String,
}

/// The JSON Schema of the catalog, as the raw types and their doc comments define it: committed
/// as `catalog.schema.json`, which `catalog.toml` names on its `#:schema` line for TOML editors.
/// Only the test that keeps the committed file current renders it.
#[cfg(test)]
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(RawCatalog)).expect("schema serializes");
    text.push('\n');
    text
}

fn default_version() -> String {
    "HTTP/1.1".into()
}

impl Default for RequestSpec {
    fn default() -> Self {
        RequestSpec { method: default_method(), headers: BTreeMap::new(), body: None, version: default_version() }
    }
}

fn default_method() -> String {
    "GET".into()
}

/// A header field as templates and reports see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: String,
    pub value: String,
}

/// An interim (1xx) response that must arrive before the final one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interim {
    pub status: u16,
    pub headers: Vec<Field>,
}

/// What a correct example puts on the wire for a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Rules {
    /// The final status: the code itself, except for the interim 1xx codes (100, 102, 103),
    /// which are followed by a final response.
    pub status: u16,
    pub body: BodyRule,
    /// Header fields the final response must carry. The value is the one the examples send;
    /// verify checks that the field is there and valid by its grammar, not that it is this value.
    pub headers: Vec<Field>,
    /// Header fields whose comma-separated list must hold this token, in any case
    /// (`Connection: upgrade` beside an Upgrade, RFC 9110 7.8).
    pub header_tokens: Vec<Field>,
    /// Header fields the final response must not carry (204's Content-Length).
    pub forbid_headers: Vec<String>,
    pub content_range: Option<ContentRangeRule>,
    pub switch: Option<SwitchRule>,
    pub interim: Vec<Interim>,
    /// No interim response may come at all (an HTTP/1.0 client, RFC 9110 15.2).
    pub no_interim: bool,
    /// As `header_tokens`, for a SHOULD: a missing token is a warning (408's `Connection: close`).
    pub should_tokens: Vec<Field>,
    /// A Link relation the response SHOULD carry (451's `blocked-by`, RFC 7725 3).
    pub should_link_rel: Option<String>,
    /// A server MAY ignore Range (RFC 9110 14.2): a 200 with the full representation passes too.
    pub may_ignore_range: bool,
    /// A server MAY reject an invalid ranges-specifier (RFC 9110 14.2): a 416 with
    /// `Content-Range: bytes */LENGTH` passes too.
    pub may_reject_range: bool,
}

/// One more exchange an example must get right, with its own request and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Probe {
    pub name: String,
    pub message: String,
    pub request: RequestSpec,
    pub response: Rules,
}

/// One status code, validated.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Status {
    pub code: u16,
    pub name: String,
    pub class: &'static str,
    pub fault: &'static str,
    pub tldr: String,
    pub meaning: String,
    /// Common causes: what usually makes a server send this code, one plain-text item each
    /// (`backticks` mark header names, code and configuration).
    pub causes: Vec<String>,
    /// How to fix it, for visitors: what a person seeing the code in a browser or app can do.
    /// For codes that are not errors, how a client handles it correctly.
    pub fix_visitors: Vec<String>,
    /// How to fix it, for developers and admins: which header, server setting or log line to
    /// check. For codes that are not errors, how to produce the code correctly.
    pub fix_developers: Vec<String>,
    pub spec: String,
    pub section: String,
    pub registry: Option<RegistryNote>,
    /// The text the example returns in `{"message": ...}`.
    pub message: String,
    pub request: RequestSpec,
    pub response: Rules,
    pub also: Vec<Probe>,
}

impl Status {
    /// Every exchange verify makes with the example: the code's own, then the others.
    pub fn probes(&self) -> Vec<Probe> {
        let main = Probe {
            name: String::new(),
            message: self.message.clone(),
            request: self.request.clone(),
            response: self.response.clone(),
        };
        std::iter::once(main).chain(self.also.iter().cloned()).collect()
    }
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub statuses: Vec<Status>,
}

impl Catalog {
    pub fn parse(source: &SourceFile) -> Result<Catalog> {
        let origin = &source.origin;
        let raw: RawCatalog = toml::from_str(&source.text).map_err(|err| toml_error(origin, &source.text, &err))?;
        let at = |offset: usize| format!("{origin}:{}", line_of(&source.text, offset));
        let mut seen = BTreeSet::new();
        let mut sentences = BTreeMap::new();
        let mut statuses = Vec::with_capacity(raw.status.len());
        for entry in raw.status {
            let place = at(entry.code.span().start);
            let code = status_code(*entry.code.get_ref(), &place)?;
            if !seen.insert(code) {
                return Err(input_error!("{place}: duplicate status code {code}"));
            }
            for (field, value) in [
                ("name", &entry.name),
                ("tldr", &entry.tldr),
                ("meaning", &entry.meaning),
                ("spec", &entry.spec),
                ("section", &entry.section),
            ] {
                if value.trim().is_empty() {
                    return Err(input_error!("{place}: status {code} has an empty `{field}`"));
                }
            }
            let causes = advice(code, "causes", entry.causes, &place, &at, &mut sentences)?;
            let fix_visitors = advice(code, "fix-visitors", entry.fix_visitors, &place, &at, &mut sentences)?;
            let fix_developers = advice(code, "fix-developers", entry.fix_developers, &place, &at, &mut sentences)?;
            let response = rules(code, entry.response, &place, &at)?;
            check_request(code, &entry.request, &response, &place)?;
            let message = entry.message.unwrap_or_else(|| entry.name.clone());
            let mut also = Vec::new();
            for probe in entry.also {
                let rules = rules(
                    probe.response.status.as_ref().map_or(code, |s| *s.get_ref() as u16),
                    probe.response,
                    &place,
                    &at,
                )?;
                check_request(code, &probe.request, &rules, &place)?;
                also.push(Probe {
                    name: probe.name,
                    message: probe.message.unwrap_or_else(|| message.clone()),
                    request: probe.request,
                    response: rules,
                });
            }
            statuses.push(Status {
                code,
                class: class_of(code),
                fault: fault_of(code),
                message,
                name: entry.name,
                tldr: entry.tldr,
                meaning: entry.meaning,
                causes,
                fix_visitors,
                fix_developers,
                spec: entry.spec,
                section: entry.section,
                registry: entry.registry,
                request: entry.request,
                response,
                also,
            });
        }
        if statuses.is_empty() {
            return Err(input_error!("{origin}: the catalog lists no status codes"));
        }
        statuses.sort_by_key(|s| s.code);
        Ok(Catalog { statuses })
    }

    pub fn get(&self, code: u16) -> Option<&Status> {
        self.statuses.iter().find(|s| s.code == code)
    }
}

/// Checks one advice list (`causes`, `fix-visitors`, `fix-developers`): it has items, none is
/// blank, and none of its sentences was already written, for this code or another: each code's
/// advice is its own.
fn advice(
    code: u16,
    field: &str,
    items: Vec<Spanned<String>>,
    place: &str,
    at: &impl Fn(usize) -> String,
    sentences: &mut BTreeMap<String, u16>,
) -> Result<Vec<String>> {
    if items.is_empty() {
        return Err(input_error!("{place}: status {code} has an empty `{field}` list"));
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let item_place = at(item.span().start);
        let text = item.into_inner();
        if text.trim().is_empty() {
            return Err(input_error!("{item_place}: status {code} has a blank item in `{field}`"));
        }
        for sentence in sentences_of(&text) {
            if let Some(other) = sentences.insert(sentence.clone(), code) {
                let whose = if other == code { "this code".to_string() } else { format!("status {other}") };
                return Err(input_error!(
                    "{item_place}: status {code}: `{field}` repeats a sentence already written for \
                     {whose}: \"{sentence}\"; write each code's advice for that code"
                ));
            }
        }
        out.push(text);
    }
    Ok(out)
}

/// The sentences of a text, normalized for comparison: split after `.`, `!` or `?` followed by
/// a space (or at the end), lowercased, with runs of whitespace collapsed.
fn sentences_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '!' | '?') && chars.peek().map_or(true, |n| n.is_whitespace()) {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

fn status_code(value: i64, place: &str) -> Result<u16> {
    match u16::try_from(value) {
        Ok(code) if (100..=599).contains(&code) => Ok(code),
        _ => Err(input_error!("{place}: status code {value} is out of range (100-599)")),
    }
}

fn rules(code: u16, raw: RawResponse, place: &str, at: &impl Fn(usize) -> String) -> Result<Rules> {
    let status = match raw.status {
        Some(s) => status_code(*s.get_ref(), &at(s.span().start))?,
        None => code,
    };
    let interim = raw
        .interim
        .into_iter()
        .map(|i| {
            let status = status_code(*i.status.get_ref(), &at(i.status.span().start))?;
            if !(100..200).contains(&status) || status == 101 {
                return Err(input_error!(
                    "{}: interim status {status} is not an interim 1xx (101 ends the exchange)",
                    at(i.status.span().start)
                ));
            }
            Ok(Interim { status, headers: fields(i.headers) })
        })
        .collect::<Result<Vec<_>>>()?;
    if (100..200).contains(&status) && status != 101 {
        return Err(input_error!(
            "{place}: status {code}: a final response cannot be {status}; a 1xx other than 101 is \
             interim: list it under `response.interim` and give the final `response.status`"
        ));
    }
    if (100..200).contains(&code) && code != 101 && !interim.iter().any(|i| i.status == code) {
        return Err(input_error!("{place}: status {code} is interim: `response.interim` must list it"));
    }
    if matches!(status, 204 | 205 | 304 | 101) && raw.body != BodyRule::None {
        return Err(input_error!(
            "{place}: status {code}: a {status} response carries no content: set `response.body = \"none\"`"
        ));
    }
    if raw.content_range == Some(ContentRangeRule::Unsatisfied) && status != 416 {
        return Err(input_error!(
            "{place}: status {code}: `content-range = \"unsatisfied\"` describes a 416, not a {status}"
        ));
    }
    Ok(Rules {
        status,
        body: raw.body,
        headers: fields(raw.headers),
        header_tokens: fields(raw.header_tokens),
        forbid_headers: raw.forbid_headers,
        content_range: raw.content_range,
        switch: raw.switch,
        no_interim: raw.no_interim,
        interim,
        should_tokens: fields(raw.should_tokens),
        should_link_rel: raw.should_link_rel,
        may_ignore_range: raw.may_ignore_range,
        may_reject_range: raw.may_reject_range,
    })
}

fn check_request(code: u16, request: &RequestSpec, rules: &Rules, place: &str) -> Result<()> {
    if !matches!(request.version.as_str(), "HTTP/1.0" | "HTTP/1.1") {
        return Err(input_error!("{place}: status {code}: request version must be HTTP/1.0 or HTTP/1.1"));
    }
    if request.method.is_empty() || !request.method.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(input_error!("{place}: status {code}: request method `{}` is not a method token", request.method));
    }
    let expects_continue =
        request.headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("expect") && v.eq_ignore_ascii_case("100-continue"));
    if expects_continue && request.body.is_none() {
        return Err(input_error!("{place}: status {code}: `Expect: 100-continue` needs a request body"));
    }
    if rules.switch == Some(SwitchRule::Websocket)
        && !request.headers.keys().any(|k| k.eq_ignore_ascii_case("sec-websocket-key"))
    {
        return Err(input_error!(
            "{place}: status {code}: `switch = \"websocket\"` needs a Sec-WebSocket-Key request header to replace"
        ));
    }
    if rules.status == 101 && !request.headers.keys().any(|k| k.eq_ignore_ascii_case("upgrade")) {
        return Err(input_error!("{place}: status {code}: a 101 answers only a request that carries Upgrade"));
    }
    Ok(())
}

fn fields(map: BTreeMap<String, String>) -> Vec<Field> {
    map.into_iter().map(|(name, value)| Field { name, value }).collect()
}

/// The class of a code, from its first digit (RFC 9110 section 15).
pub fn class_of(code: u16) -> &'static str {
    match code / 100 {
        1 => "Informational",
        2 => "Successful",
        3 => "Redirection",
        4 => "Client Error",
        _ => "Server Error",
    }
}

/// Who is at fault, as the page shows it ("Fault: Server").
pub fn fault_of(code: u16) -> &'static str {
    match code / 100 {
        4 => "Client",
        5 => "Server",
        _ => "None",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Catalog> {
        Catalog::parse(&SourceFile { origin: "cat.toml".into(), text: text.into() })
    }

    const ONE: &str = "[[status]]\ncode = 404\nname = \"Not Found\"\ntldr = \"t\"\nmeaning = \"m\"\nspec = \"RFC 9110\"\nsection = \"15.5.5\"\ncauses = [\"c\"]\nfix-visitors = [\"v\"]\nfix-developers = [\"d\"]\n";

    fn message_of(result: Result<Catalog>) -> String {
        let err = result.unwrap_err();
        assert!(err.downcast_ref::<crate::error::InputError>().is_some(), "{err:#}");
        err.to_string()
    }

    #[test]
    fn built_in_catalog_has_every_registered_code() {
        let catalog = Catalog::parse(&crate::assets::catalog(&Default::default()).unwrap()).unwrap();
        let codes: Vec<u16> = catalog.statuses.iter().map(|s| s.code).collect();
        let mut expected: Vec<u16> = (100..=103).chain(200..=208).chain([226]).chain(300..=308).collect();
        expected.extend((400..=418).chain(421..=426).chain([428, 429, 431, 451]));
        expected.extend((500..=508).chain([510, 511]));
        assert_eq!(codes, expected);
        assert_eq!(codes.len(), 63);
    }

    #[test]
    fn built_in_catalog_uses_rfc_9110_names_and_notes() {
        let catalog = Catalog::parse(&crate::assets::catalog(&Default::default()).unwrap()).unwrap();
        let name = |c| catalog.get(c).unwrap().name.as_str();
        assert_eq!(name(413), "Content Too Large");
        assert_eq!(name(414), "URI Too Long");
        assert_eq!(name(416), "Range Not Satisfiable");
        assert_eq!(name(422), "Unprocessable Content");
        assert_eq!(catalog.get(418).unwrap().message, "I'm a teapot");
        assert_eq!(catalog.get(418).unwrap().registry, Some(RegistryNote::Unused));
        assert_eq!(catalog.get(306).unwrap().registry, Some(RegistryNote::Unused));
        assert_eq!(catalog.get(510).unwrap().registry, Some(RegistryNote::Obsoleted));
        let s503 = catalog.get(503).unwrap();
        assert_eq!((s503.spec.as_str(), s503.section.as_str()), ("RFC 9110", "15.6.4"));
        assert_eq!((s503.class, s503.fault), ("Server Error", "Server"));
        assert_eq!(s503.message, "Service Unavailable");
    }

    #[test]
    fn message_defaults_to_name() {
        let catalog = parse(ONE).unwrap();
        assert_eq!(catalog.statuses[0].message, "Not Found");
        assert_eq!(catalog.statuses[0].response.status, 404);
        assert_eq!(catalog.statuses[0].request.method, "GET");
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let text = ONE.replace("tldr", "colour = \"red\"\ntldr");
        let msg = message_of(parse(&text));
        assert!(msg.starts_with("cat.toml:4:"), "{msg}");
        assert!(msg.contains("colour"), "{msg}");
    }

    #[test]
    fn duplicate_code_is_rejected_at_its_line() {
        let msg = message_of(parse(&format!("{ONE}\n{ONE}")));
        assert_eq!(msg, "cat.toml:13: duplicate status code 404");
    }

    #[test]
    fn out_of_range_code_is_rejected() {
        let msg = message_of(parse(&ONE.replace("404", "99")));
        assert_eq!(msg, "cat.toml:2: status code 99 is out of range (100-599)");
        message_of(parse(&ONE.replace("404", "600")));
    }

    #[test]
    fn malformed_toml_names_the_line() {
        let msg = message_of(parse(&ONE.replace("name = \"Not Found\"", "name = Not Found")));
        assert!(msg.starts_with("cat.toml:3:"), "{msg}");
    }

    #[test]
    fn empty_text_field_is_rejected() {
        let msg = message_of(parse(&ONE.replace("tldr = \"t\"", "tldr = \" \"")));
        assert!(msg.contains("empty `tldr`"), "{msg}");
    }

    #[test]
    fn no_content_codes_must_say_so() {
        let text = ONE.replace("404", "204");
        let msg = message_of(parse(&text));
        assert!(msg.contains("carries no content"), "{msg}");
        parse(&format!("{text}[status.response]\nbody = \"none\"\n")).unwrap();
    }

    #[test]
    fn interim_codes_need_a_final_status() {
        let text = ONE.replace("404", "103");
        let msg = message_of(parse(&text));
        assert!(msg.contains("interim"), "{msg}");
        let ok = format!("{text}[status.response]\nstatus = 200\n[[status.response.interim]]\nstatus = 103\nheaders = {{ Link = \"</a.css>; rel=preload\" }}\n");
        let catalog = parse(&ok).unwrap();
        assert_eq!(catalog.statuses[0].response.interim[0].status, 103);
    }

    fn advised(code: u16, causes: &str) -> String {
        format!(
            "[[status]]\ncode = {code}\nname = \"N\"\ntldr = \"t\"\nmeaning = \"m\"\nspec = \"RFC 9110\"\nsection = \"1\"\n\
             causes = [{causes}]\nfix-visitors = [\"v{code}\"]\nfix-developers = [\"d{code}\"]\n"
        )
    }

    #[test]
    fn advice_lists_are_required_and_not_empty() {
        let catalog = parse(ONE).unwrap();
        let status = &catalog.statuses[0];
        assert_eq!(
            (status.causes.as_slice(), status.fix_visitors.as_slice(), status.fix_developers.as_slice()),
            (&["c".to_string()][..], &["v".to_string()][..], &["d".to_string()][..])
        );
        let msg = message_of(parse(&ONE.replace("fix-developers = [\"d\"]\n", "")));
        assert!(msg.contains("fix-developers"), "{msg}");
        let msg = message_of(parse(&ONE.replace("causes = [\"c\"]", "causes = []")));
        assert_eq!(msg, "cat.toml:2: status 404 has an empty `causes` list");
        let msg = message_of(parse(&ONE.replace("fix-visitors = [\"v\"]", "fix-visitors = [\"v\", \" \"]")));
        assert_eq!(msg, "cat.toml:9: status 404 has a blank item in `fix-visitors`");
    }

    #[test]
    fn a_sentence_copied_across_codes_is_rejected_at_its_line() {
        let text = format!(
            "{}{}",
            advised(404, "\"Check the URL. Retry later.\""),
            advised(410, "\"It was removed.\", \"retry  LATER.\"")
        );
        let msg = message_of(parse(&text));
        assert_eq!(
            msg,
            "cat.toml:18: status 410: `causes` repeats a sentence already written for status 404: \"retry later.\"; \
             write each code's advice for that code"
        );
        let msg = message_of(parse(&advised(404, "\"Same words. Same words.\"")));
        assert!(msg.contains("already written for this code"), "{msg}");
        parse(&format!("{}{}", advised(404, "\"Check the URL.\""), advised(410, "\"Check the URL twice.\""))).unwrap();
    }

    #[test]
    fn sentences_split_at_end_punctuation_only() {
        assert_eq!(
            sentences_of("Send `Content-Length: 0`.  See RFC 9110 15.3.6! Is HTTP/1.1 fine?"),
            ["send `content-length: 0`.", "see rfc 9110 15.3.6!", "is http/1.1 fine?"]
        );
        assert_eq!(sentences_of("  "), Vec::<String>::new());
    }

    fn built_in() -> Catalog {
        Catalog::parse(&crate::assets::catalog(&Default::default()).unwrap()).unwrap()
    }

    #[test]
    fn built_in_advice_has_two_to_five_items_with_balanced_backticks() {
        for status in built_in().statuses {
            for (field, items) in [
                ("causes", &status.causes),
                ("fix-visitors", &status.fix_visitors),
                ("fix-developers", &status.fix_developers),
            ] {
                assert!((2..=5).contains(&items.len()), "{}: `{field}` has {} items", status.code, items.len());
                for item in items {
                    assert_eq!(item.matches('`').count() % 2, 0, "{}: unbalanced backticks in {item}", status.code);
                }
            }
        }
    }

    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// Why a meaning does not say more than its TL;DR, if it does not: it must not contain the
    /// TL;DR, open with its words, or be a single sentence, and it must be at least three times
    /// as long and bring at least twelve words (of four letters or more) the TL;DR lacks.
    fn repeats_tldr(tldr: &str, meaning: &str) -> Option<String> {
        let short = tldr.trim().trim_end_matches('.').to_lowercase();
        let (t, m) = (words(tldr), words(meaning));
        let novel: BTreeSet<&String> = m.iter().filter(|w| w.len() > 3 && !t.contains(w)).collect();
        if meaning.to_lowercase().contains(&short) {
            Some("contains the tldr".into())
        } else if t.iter().take(3).eq(m.iter().take(3)) {
            Some("opens with the tldr's words".into())
        } else if meaning.len() < 3 * tldr.len() {
            Some("is less than three times as long as the tldr".into())
        } else if sentences_of(meaning).len() < 2 {
            Some("is a single sentence".into())
        } else if novel.len() < 12 {
            Some(format!("adds only {} words to the tldr", novel.len()))
        } else {
            None
        }
    }

    #[test]
    fn every_meaning_says_more_than_its_tldr() {
        for status in built_in().statuses {
            assert_eq!(repeats_tldr(&status.tldr, &status.meaning), None, "{}: {}", status.code, status.meaning);
        }
        let old_503 =
            "The server is currently unable to handle the request due to temporary overloading or maintenance.";
        assert_eq!(repeats_tldr("Server temporarily unavailable.", old_503).as_deref(), Some("is a single sentence"));
        assert!(repeats_tldr("Request succeeded.", "The request succeeded. It did.").is_some());
        assert!(repeats_tldr(
            "Resource not found.",
            "Resource not here. The server looked everywhere but found nothing at all."
        )
        .is_some());
    }

    #[test]
    fn the_committed_schema_is_what_the_types_generate() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog.schema.json");
        if std::env::var_os("SNIPPETGEN_UPDATE_SCHEMA").is_some() {
            std::fs::write(path, schema()).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == schema(),
            "catalog.schema.json is stale: run SNIPPETGEN_UPDATE_SCHEMA=1 cargo test --bin snippetgen schema"
        );
    }

    #[test]
    fn the_built_in_catalog_follows_the_schema_and_names_it() {
        let source = crate::assets::catalog(&Default::default()).unwrap();
        assert!(
            source.text.starts_with("#:schema ./catalog.schema.json\n"),
            "catalog.toml does not start with its #:schema line"
        );
        let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
        let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
        let value: serde_json::Value = toml::from_str(&source.text).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path)).collect();
        assert!(errors.is_empty(), "catalog.toml: {errors:?}");
        // The schema knows what the loader refuses.
        let one: serde_json::Value = toml::from_str(ONE).unwrap();
        assert!(validator.is_valid(&one));
        for (pointer, bad) in [
            ("/status/0/colour", serde_json::json!("red")),
            ("/status/0/code", serde_json::json!(600)),
            ("/status/0/causes", serde_json::json!([])),
            ("/status/0/registry", serde_json::json!("retired")),
            ("/status/0/request", serde_json::json!({ "version": "HTTP/2" })),
            ("/status/0/request", serde_json::json!({ "method": "get" })),
            ("/status/0/response", serde_json::json!({ "body": "html" })),
            ("/status/0/response", serde_json::json!({ "interim": [{ "status": 200 }] })),
            ("/status/0/response", serde_json::json!({ "interim": [{ "status": 101 }] })),
            ("/status/0/also", serde_json::json!([{ "name": "n", "response": { "colour": "red" } }])),
        ] {
            let mut value = one.clone();
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            value.pointer_mut(parent).unwrap()[key] = bad.clone();
            assert!(!validator.is_valid(&value), "{pointer} = {bad} is refused");
            let text = toml::to_string(&value).unwrap();
            assert!(parse(&text).is_err(), "the loader refuses {pointer} = {bad} too");
        }
    }

    #[test]
    fn expect_continue_needs_a_body() {
        let text = format!("{ONE}[status.request]\nmethod = \"POST\"\nheaders = {{ Expect = \"100-continue\" }}\n");
        let msg = message_of(parse(&text));
        assert!(msg.contains("needs a request body"), "{msg}");
    }
}
