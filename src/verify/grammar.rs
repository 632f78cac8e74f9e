//! The grammar of what a server sends, as pure functions over text and bytes: tokens, lists,
//! quoted strings, HTTP-dates, URI references, challenges, entity tags, ranges, links, media
//! types, message framing, chunked coding and WebSocket frames (RFC 9110, 9112, 3986, 8288,
//! 6455). The judge checks header values with these instead of comparing strings, so that every
//! correct way of writing a value passes and every malformed one fails with a reason. No I/O and
//! no other snippetgen module: each function takes what was recorded and says what it means or,
//! as a lowercase fragment, what is wrong with it.

// The judge uses most of this; the rest (dechunking, If-None-Match, strong comparison, ...)
// completes each grammar and is proved by the tests, for the rules still to come.
#![cfg_attr(not(test), allow(dead_code))]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use sha1::{Digest, Sha1};

// ---------------------------------------------------------------------------------------------
// Tokens, whitespace, quoted strings, lists (RFC 9110 5.6)
// ---------------------------------------------------------------------------------------------

/// True for a `tchar`, a character allowed in a token (RFC 9110 5.6.2).
pub fn is_tchar(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c)
}

/// True when `s` is a `token`: one or more tchars (RFC 9110 5.6.2).
pub fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(is_tchar)
}

/// True for optional whitespace, SP or HTAB (RFC 9110 5.6.3).
fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// `s` without OWS (SP / HTAB) at either end (RFC 9110 5.6.3); other whitespace is kept, since
/// it is not OWS.
pub fn trim_ows(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

fn trim_start_ows(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

/// Shows a value in an error fragment.
fn show(s: &str) -> String {
    format!("`{}`", s.escape_debug())
}

/// Parses the `quoted-string` at the start of `s` (RFC 9110 5.6.4): DQUOTE, then qdtext
/// (HTAB, SP, VCHAR except `"` and `\`, obs-text) or quoted-pairs (`\` and HTAB, SP, VCHAR or
/// obs-text), then DQUOTE. Returns the unescaped content and the rest of `s`.
pub fn quoted_string(s: &str) -> Result<(String, &str), String> {
    let Some(body) = s.strip_prefix('"') else {
        return Err(format!("{} does not start with a quoted-string", show(s)));
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &body[i + 1..])),
            '\\' => match chars.next() {
                Some((_, q)) if q == '\t' || q == ' ' || q.is_ascii_graphic() || !q.is_ascii() => out.push(q),
                Some((_, q)) => return Err(format!("{} escapes {:?}, which a quoted-pair cannot", show(s), q)),
                None => return Err(format!("{} ends inside a quoted-pair", show(s))),
            },
            '\t' | ' ' => out.push(c),
            c if c.is_ascii_graphic() || !c.is_ascii() => out.push(c),
            c => return Err(format!("{} has {:?} inside a quoted-string", show(s), c)),
        }
    }
    Err(format!("{} has an unterminated quoted-string", show(s)))
}

/// Reads a token at the start of `s`: the token and the rest.
fn take_token(s: &str) -> (&str, &str) {
    let end = s.bytes().position(|c| !is_tchar(c)).unwrap_or(s.len());
    s.split_at(end)
}

/// Reads `token / quoted-string` at the start of `s`: the value (unescaped), whether it was
/// quoted, and the rest.
fn take_value(s: &str) -> Result<(String, bool, &str), String> {
    if s.starts_with('"') {
        let (v, rest) = quoted_string(s)?;
        return Ok((v, true, rest));
    }
    let (token, rest) = take_token(s);
    if token.is_empty() {
        return Err(format!("{} is neither a token nor a quoted-string", show(s)));
    }
    Ok((token.to_string(), false, rest))
}

/// Splits a list field value, `#element` (RFC 9110 5.6.1), into its elements with OWS trimmed.
/// Commas inside quoted-strings do not split; empty elements (`a, , b`) are dropped, as a
/// recipient MUST accept them. Fails only on an unterminated quoted-string.
pub fn list(value: &str) -> Result<Vec<&str>, String> {
    let bytes = value.as_bytes();
    let mut elements = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b',' => {
                elements.push(trim_ows(&value[start..i]));
                start = i + 1;
                i += 1;
            }
            b'"' => {
                let (_, rest) = quoted_string(&value[i..])?;
                i = value.len() - rest.len();
            }
            _ => i += 1,
        }
    }
    elements.push(trim_ows(&value[start..]));
    elements.retain(|e| !e.is_empty());
    Ok(elements)
}

/// A list of tokens, `#token`: each element must be a token.
fn token_list<'a>(value: &'a str, what: &str) -> Result<Vec<&'a str>, String> {
    let elements = list(value)?;
    for e in &elements {
        if !is_token(e) {
            return Err(format!("{} is not a {what} (a token)", show(e)));
        }
    }
    Ok(elements)
}

/// One field's lines combined into one value, joined by commas in wire order, as a recipient
/// may for a list field (RFC 9110 5.3); None when the field is absent.
pub fn combined_field(headers: &[(String, String)], name: &str) -> Option<String> {
    let values = field_values(headers, name);
    (!values.is_empty()).then(|| values.join(", "))
}

/// Every value of the field `name` in a recorded head, in wire order.
fn field_values<'a>(headers: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
}

/// Parses `1*DIGIT` as a number; `what` names it in the error.
fn digits(s: &str, what: &str) -> Result<u64, String> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("{} is not a {what} (1*DIGIT)", show(s)));
    }
    s.parse().map_err(|_| format!("{} is too large for a {what}", show(s)))
}

// ---------------------------------------------------------------------------------------------
// HTTP-date (RFC 9110 5.6.7) and Retry-After (RFC 9110 10.2.3)
// ---------------------------------------------------------------------------------------------

/// Which of the three HTTP-date forms a timestamp was written in (RFC 9110 5.6.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFormat {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`: the one a sender MUST generate.
    ImfFixdate,
    /// `Sunday, 06-Nov-94 08:49:37 GMT`: obsolete.
    Rfc850,
    /// `Sun Nov  6 08:49:37 1994`: obsolete, ANSI C's asctime().
    Asctime,
}

/// A timestamp in UTC, as written in an HTTP-date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpDate {
    pub year: i64,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    /// 0 to 60: a leap second is allowed.
    pub second: u8,
    pub format: DateFormat,
}

impl HttpDate {
    /// Seconds since 1970-01-01T00:00:00Z (a leap second counts as the next second).
    pub fn unix_seconds(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400 + self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64
    }

    /// The timestamp as a `SystemTime`.
    pub fn system_time(&self) -> SystemTime {
        let secs = self.unix_seconds();
        if secs >= 0 {
            UNIX_EPOCH + Duration::from_secs(secs as u64)
        } else {
            UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
        }
    }
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES_LONG: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 0 for Sunday to 6 for Saturday.
fn weekday(year: i64, month: u8, day: u8) -> usize {
    (days_from_civil(year, month, day) + 4).rem_euclid(7) as usize
}

/// Exactly `n` ASCII digits as a number.
fn fixed_digits(s: &str, n: usize, what: &str) -> Result<u32, String> {
    if s.len() != n || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("{} is not a {what} ({n}DIGIT)", show(s)));
    }
    Ok(s.parse().expect("digits"))
}

fn month_number(s: &str) -> Result<u8, String> {
    match MONTHS.iter().position(|m| *m == s) {
        Some(i) => Ok(i as u8 + 1),
        None => Err(format!("{} is not a month name (`Jan` to `Dec`, case-sensitive)", show(s))),
    }
}

/// `hour ":" minute ":" second`, 00:00:00 to 23:59:60.
fn time_of_day(s: &str) -> Result<(u8, u8, u8), String> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() != 3 {
        return Err(format!("{} is not a time-of-day (HH:MM:SS)", show(s)));
    }
    let h = fixed_digits(parts[0], 2, "hour")?;
    let m = fixed_digits(parts[1], 2, "minute")?;
    let sec = fixed_digits(parts[2], 2, "second")?;
    if h > 23 || m > 59 || sec > 60 {
        return Err(format!("{} is out of range (00:00:00 to 23:59:60)", show(s)));
    }
    Ok((h as u8, m as u8, sec as u8))
}

/// Checks the day against the month and the day name against the date.
fn checked_date(
    year: i64,
    month: u8,
    day: u32,
    day_name: usize,
    time: (u8, u8, u8),
    format: DateFormat,
) -> Result<HttpDate, String> {
    if day == 0 || day > days_in_month(year, month) as u32 {
        return Err(format!("{} {} {year} is no date", day, MONTHS[month as usize - 1]));
    }
    let day = day as u8;
    let actual = weekday(year, month, day);
    if actual != day_name {
        return Err(format!(
            "{:02} {} {year} is a {}, not a {}",
            day,
            MONTHS[month as usize - 1],
            DAY_NAMES_LONG[actual],
            DAY_NAMES_LONG[day_name]
        ));
    }
    let (hour, minute, second) = time;
    Ok(HttpDate { year, month, day, hour, minute, second, format })
}

/// Parses an IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 5.6.7): the only form a
/// sender MUST generate (for Date, Last-Modified, Expires, Retry-After...). Case-sensitive,
/// single spaces, two-digit day, four-digit year, `GMT`; the day name must be the date's and
/// every field in range.
pub fn imf_fixdate(s: &str) -> Result<HttpDate, String> {
    let s = trim_ows(s);
    let parts: Vec<&str> = s.split(' ').collect();
    let [day_name, day, month, year, time, gmt] = parts[..] else {
        return Err(format!("{} is not an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`)", show(s)));
    };
    let Some(name) = day_name.strip_suffix(',') else {
        return Err(format!("{} has no comma after the day name", show(s)));
    };
    let Some(name) = DAY_NAMES.iter().position(|d| *d == name) else {
        return Err(format!("{} is not a day name (`Mon` to `Sun`, case-sensitive)", show(name)));
    };
    if gmt != "GMT" {
        return Err(format!("{} ends in {} instead of `GMT`", show(s), show(gmt)));
    }
    let day = fixed_digits(day, 2, "day")?;
    let month = month_number(month)?;
    let year = fixed_digits(year, 4, "year")? as i64;
    checked_date(year, month, day, name, time_of_day(time)?, DateFormat::ImfFixdate)
}

/// True when `s` is an IMF-fixdate (RFC 9110 5.6.7); see [`imf_fixdate`].
pub fn is_imf_fixdate(s: &str) -> bool {
    imf_fixdate(s).is_ok()
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`; the two-digit year is read as the most recent year with
/// those digits that is not more than 50 years after `this_year`.
fn rfc850_date(s: &str, this_year: i64) -> Result<HttpDate, String> {
    let parts: Vec<&str> = s.split(' ').collect();
    let [day_name, date, time, gmt] = parts[..] else {
        return Err(format!("{} is not an rfc850-date", show(s)));
    };
    let name = day_name.strip_suffix(',').and_then(|n| DAY_NAMES_LONG.iter().position(|d| *d == n));
    let Some(name) = name else {
        return Err(format!("{} is not a day name and comma (`Sunday,`)", show(day_name)));
    };
    if gmt != "GMT" {
        return Err(format!("{} ends in {} instead of `GMT`", show(s), show(gmt)));
    }
    let pieces: Vec<&str> = date.split('-').collect();
    let [day, month, yy] = pieces[..] else {
        return Err(format!("{} is not a date2 (`06-Nov-94`)", show(date)));
    };
    let day = fixed_digits(day, 2, "day")?;
    let month = month_number(month)?;
    let yy = fixed_digits(yy, 2, "two-digit year")? as i64;
    let mut year = this_year - this_year.rem_euclid(100) + yy;
    if year > this_year + 50 {
        year -= 100;
    }
    checked_date(year, month, day, name, time_of_day(time)?, DateFormat::Rfc850)
}

/// `Sun Nov  6 08:49:37 1994`: the day is two digits or a space and one digit.
fn asctime_date(s: &str) -> Result<HttpDate, String> {
    let b = s.as_bytes();
    if b.len() != 24 || b[3] != b' ' || b[7] != b' ' || b[10] != b' ' || b[19] != b' ' {
        return Err(format!("{} is not an asctime-date", show(s)));
    }
    let Some(name) = DAY_NAMES.iter().position(|d| *d == &s[0..3]) else {
        return Err(format!("{} is not a day name", show(&s[0..3])));
    };
    let month = month_number(&s[4..7])?;
    let day_text = &s[8..10];
    let day = match day_text.strip_prefix(' ') {
        Some(d) => fixed_digits(d, 1, "day")?,
        None => fixed_digits(day_text, 2, "day")?,
    };
    let year = fixed_digits(&s[20..24], 4, "year")? as i64;
    checked_date(year, month, day, name, time_of_day(&s[11..19])?, DateFormat::Asctime)
}

fn current_year() -> i64 {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    // Close enough for the 50-year rule: whole days over the average Gregorian year.
    1970 + (secs / 86_400) * 400 / 146_097
}

fn http_date_in(s: &str, this_year: i64) -> Result<HttpDate, String> {
    let s = trim_ows(s);
    let first = s.split([',', ' ']).next().unwrap_or("");
    let result = if s.contains(',') {
        if DAY_NAMES_LONG.contains(&first) {
            rfc850_date(s, this_year)
        } else {
            imf_fixdate(s)
        }
    } else {
        asctime_date(s)
    };
    result.map_err(|e| {
        if s.contains(',') || DAY_NAMES.contains(&first) {
            e
        } else {
            format!("{} is not an HTTP-date", show(s))
        }
    })
}

/// Parses an HTTP-date in any of its three forms, IMF-fixdate, rfc850-date or asctime-date,
/// which a recipient MUST all accept (RFC 9110 5.6.7); `format` says which one it was, since a
/// sender MUST generate IMF-fixdate. Case-sensitive; day names must match the date; an rfc850
/// two-digit year more than 50 years ahead is read as the century before.
pub fn parse_http_date(s: &str) -> Result<HttpDate, String> {
    http_date_in(s, current_year())
}

/// A Retry-After value (RFC 9110 10.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// `delay-seconds`, 1*DIGIT.
    Seconds(u64),
    Date(HttpDate),
}

/// Parses Retry-After = HTTP-date / delay-seconds (RFC 9110 10.2.3). A date in an obsolete
/// form is accepted (its `format` tells); a sender MUST generate IMF-fixdate.
pub fn retry_after(value: &str) -> Result<RetryAfter, String> {
    let v = trim_ows(value);
    if !v.is_empty() && v.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(RetryAfter::Seconds(v.parse().unwrap_or(u64::MAX)));
    }
    match parse_http_date(v) {
        Ok(date) => Ok(RetryAfter::Date(date)),
        Err(e) if v.contains(',') || v.len() == 24 => {
            Err(format!("{} is neither delay-seconds nor an HTTP-date: {e}", show(v)))
        }
        Err(_) => Err(format!("{} is neither delay-seconds nor an HTTP-date", show(v))),
    }
}

// ---------------------------------------------------------------------------------------------
// URI references (RFC 3986 4.1) for Location (RFC 9110 10.2.2) and Link (RFC 8288)
// ---------------------------------------------------------------------------------------------

/// A URI-reference split into its components (RFC 3986 3, 4.1); each borrows from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriRef<'a> {
    /// Present for a URI, absent for a relative-ref.
    pub scheme: Option<&'a str>,
    /// After `//`: `[ userinfo "@" ] host [ ":" port ]`.
    pub authority: Option<&'a str>,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub fragment: Option<&'a str>,
}

impl UriRef<'_> {
    /// True for a URI with a scheme, false for a relative reference.
    pub fn is_absolute(&self) -> bool {
        self.scheme.is_some()
    }
}

fn is_unreserved(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~".contains(&c)
}

fn is_sub_delim(c: u8) -> bool {
    b"!$&'()*+,;=".contains(&c)
}

/// Checks that every character of `s` is unreserved, a sub-delim, one of `extra`, or a
/// pct-encoded triplet (RFC 3986 2.1-2.3).
fn uri_chars(s: &str, extra: &[u8], part: &str) -> Result<(), String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            let ok = b.len() >= i + 3 && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit();
            if !ok {
                let bad: String = s[i..].chars().take(3).collect();
                return Err(format!("{} in the {part} is no percent-encoding (`%` 2HEXDIG)", show(&bad)));
            }
            i += 3;
            continue;
        }
        if !(is_unreserved(c) || is_sub_delim(c) || extra.contains(&c)) {
            let ch = s[i..].chars().next().expect("a char");
            let what = if c == b' ' {
                "a space".to_string()
            } else if !c.is_ascii() {
                format!("raw non-ASCII {ch:?} (percent-encode it)")
            } else {
                format!("{ch:?}")
            };
            return Err(format!("{what} is not allowed in the {part}"));
        }
        i += 1;
    }
    Ok(())
}

/// `authority = [ userinfo "@" ] host [ ":" port ]` (RFC 3986 3.2).
fn authority(s: &str) -> Result<(), String> {
    let host_port = match s.split_once('@') {
        Some((userinfo, rest)) => {
            uri_chars(userinfo, b":", "userinfo")?;
            rest
        }
        None => s,
    };
    let port = if let Some(literal) = host_port.strip_prefix('[') {
        let Some((inside, after)) = literal.split_once(']') else {
            return Err(format!("the IP-literal {} has no `]`", show(host_port)));
        };
        if let Some(future) = inside.strip_prefix(['v', 'V']) {
            let (version, rest) = future.split_once('.').unwrap_or((future, ""));
            if version.is_empty() || !version.bytes().all(|c| c.is_ascii_hexdigit()) || rest.is_empty() {
                return Err(format!("{} is not an IPvFuture (`v` 1*HEXDIG `.` ...)", show(inside)));
            }
            if !rest.bytes().all(|c| is_unreserved(c) || is_sub_delim(c) || c == b':') {
                return Err(format!("{} is not an IPvFuture", show(inside)));
            }
        } else if inside.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(format!("{} is not an IPv6 address", show(inside)));
        }
        match after {
            "" => None,
            _ => match after.strip_prefix(':') {
                Some(port) => Some(port),
                None => return Err(format!("{} follows the IP-literal instead of `:` port", show(after))),
            },
        }
    } else {
        let (host, port) = match host_port.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        };
        uri_chars(host, b"", "host")?;
        port
    };
    if let Some(port) = port {
        if !port.bytes().all(|c| c.is_ascii_digit()) {
            return Err(format!("{} is not a port (*DIGIT)", show(port)));
        }
    }
    Ok(())
}

/// Parses a URI-reference, `URI / relative-ref` (RFC 3986 4.1): the scheme (ALPHA *( ALPHA /
/// DIGIT / "+" / "-" / "." )), the authority (userinfo, host: IP-literal, IPv4 or reg-name,
/// port), the path, query and fragment, each checked character by character with
/// percent-encoding. The empty string is a valid (same-document) reference here; see
/// [`location`] for a field value that must lead somewhere.
pub fn uri_reference(s: &str) -> Result<UriRef<'_>, String> {
    let (rest, fragment) = match s.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (s, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    // A scheme is whatever precedes the first `:`, if no `/` comes before it.
    let colon = rest.find(':').filter(|&i| !rest[..i].contains('/'));
    let (scheme, hier) = match colon {
        Some(i) => {
            let scheme = &rest[..i];
            let b = scheme.as_bytes();
            let valid = !b.is_empty()
                && b[0].is_ascii_alphabetic()
                && b.iter().all(|&c| c.is_ascii_alphanumeric() || b"+-.".contains(&c));
            if !valid {
                return Err(format!(
                    "{} is not a scheme, and a relative path's first segment cannot hold a `:` \
                     (write `./` before it)",
                    show(scheme)
                ));
            }
            (Some(scheme), &rest[i + 1..])
        }
        None => (None, rest),
    };
    let (authority_part, path) = match hier.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            authority(&after[..end])?;
            (Some(&after[..end]), &after[end..])
        }
        None => (None, hier),
    };
    uri_chars(path, b":@/", "path")?;
    if let Some(q) = query {
        uri_chars(q, b":@/?", "query")?;
    }
    if let Some(f) = fragment {
        uri_chars(f, b":@/?", "fragment")?;
    }
    Ok(UriRef { scheme, authority: authority_part, path, query, fragment })
}

/// Checks a Location field value, `URI-reference` (RFC 9110 10.2.2): absolute or relative
/// (resolved against the request's target), but not empty, which points nowhere new. An
/// `http` or `https` URI must have a non-empty host (RFC 9110 4.2.1, 4.2.2).
pub fn location(value: &str) -> Result<UriRef<'_>, String> {
    let v = trim_ows(value);
    if v.is_empty() {
        return Err("an empty Location points nowhere".into());
    }
    let uri = uri_reference(v).map_err(|e| format!("{} is not a URI-reference: {e}", show(v)))?;
    if let Some(scheme) = uri.scheme.filter(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https")) {
        let host = uri.authority.map(|a| a.rsplit_once('@').map_or(a, |(_, h)| h));
        let host = host.map(|h| if h.starts_with('[') { h } else { h.split(':').next().unwrap_or("") });
        if host.map_or(true, str::is_empty) {
            return Err(format!("{} is an {scheme} URI with no host", show(v)));
        }
    }
    Ok(uri)
}

// ---------------------------------------------------------------------------------------------
// Challenges (RFC 9110 11.3, 11.6.1, 11.7.1)
// ---------------------------------------------------------------------------------------------

/// An `auth-param`: `token BWS "=" BWS ( token / quoted-string )` (RFC 9110 11.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthParam {
    pub name: String,
    /// Unescaped.
    pub value: String,
    /// True when the value was a quoted-string (`realm` MUST be sent as one, RFC 9110 11.5).
    pub quoted: bool,
}

/// A `challenge`: `auth-scheme [ 1*SP ( token68 / #auth-param ) ]` (RFC 9110 11.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub scheme: String,
    pub token68: Option<String>,
    pub params: Vec<AuthParam>,
}

impl Challenge {
    /// The value of a parameter, by case-insensitive name.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|p| p.name.eq_ignore_ascii_case(name)).map(|p| p.value.as_str())
    }
}

fn is_token68_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~+/".contains(&c)
}

/// If `s` starts with `token68` ending the challenge (followed only by OWS, then a comma or the
/// end), the token68 and the rest.
fn take_token68(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    let mut end = b.iter().position(|&c| !is_token68_char(c)).unwrap_or(b.len());
    if end == 0 {
        return None;
    }
    while end < b.len() && b[end] == b'=' {
        end += 1;
    }
    let rest = trim_start_ows(&s[end..]);
    (rest.is_empty() || rest.starts_with(',')).then(|| (&s[..end], rest))
}

/// True when `s` starts (after OWS) with `token BWS "="`: an auth-param, not a new challenge.
fn starts_auth_param(s: &str) -> bool {
    let (token, rest) = take_token(trim_start_ows(s));
    !token.is_empty() && trim_start_ows(rest).starts_with('=')
}

/// Parses WWW-Authenticate or Proxy-Authenticate, `#challenge` (RFC 9110 11.6.1, 11.7.1), into
/// challenges with their token68 or parameters. A comma after a parameter starts another
/// parameter when `token BWS "="` follows, otherwise a new challenge, so
/// `Basic realm="a", Bearer realm="b", error="x"` is two challenges. Parameter names may occur
/// once per challenge (11.2). At least one challenge is required, since a 401 (and a 407) MUST
/// carry one.
pub fn challenges(value: &str) -> Result<Vec<Challenge>, String> {
    let mut out: Vec<Challenge> = Vec::new();
    let mut s = value;
    loop {
        s = s.trim_start_matches([' ', '\t', ',']);
        if s.is_empty() {
            break;
        }
        let (scheme, rest) = take_token(s);
        if scheme.is_empty() {
            return Err(format!("{} does not start with an auth-scheme (a token)", show(s)));
        }
        let mut challenge = Challenge { scheme: scheme.into(), token68: None, params: Vec::new() };
        s = rest;
        if s.starts_with(' ') {
            s = s.trim_start_matches(' ');
            if let Some((t, rest)) = take_token68(s) {
                challenge.token68 = Some(t.into());
                s = rest;
            } else if !s.is_empty()
                && (!s.starts_with(',') || starts_auth_param(s.trim_start_matches([' ', '\t', ','])))
            {
                // #auth-param (which may open with empty elements), until a comma that is
                // followed by something else.
                s = s.trim_start_matches([' ', '\t', ',']);
                loop {
                    let (name, rest) = take_token(s);
                    if name.is_empty() {
                        return Err(format!("{} is not an auth-param (token `=` value)", show(s)));
                    }
                    let Some(rest) = trim_start_ows(rest).strip_prefix('=') else {
                        return Err(format!(
                            "the auth-param {} has no `=` (a scheme takes one token68 or \
                             name=value params)",
                            show(name)
                        ));
                    };
                    let (value, quoted, rest) = take_value(trim_start_ows(rest))
                        .map_err(|e| format!("the value of auth-param {}: {e}", show(name)))?;
                    if challenge.params.iter().any(|p| p.name.eq_ignore_ascii_case(name)) {
                        return Err(format!(
                            "the auth-param {} occurs twice in the {} challenge",
                            show(name),
                            show(scheme)
                        ));
                    }
                    challenge.params.push(AuthParam { name: name.into(), value, quoted });
                    s = trim_start_ows(rest);
                    if s.is_empty() {
                        break;
                    }
                    let Some(after) = s.strip_prefix(',') else {
                        return Err(format!("{} follows the auth-param {} instead of a comma", show(s), show(name)));
                    };
                    let after = after.trim_start_matches([' ', '\t', ',']);
                    if !starts_auth_param(after) {
                        s = after;
                        break;
                    }
                    s = after;
                }
            }
        }
        let s_trim = trim_start_ows(s);
        if !s_trim.is_empty() && !s_trim.starts_with(',') && challenge.params.is_empty() {
            return Err(format!("{} follows the auth-scheme {}", show(s_trim), show(scheme)));
        }
        s = s_trim;
        out.push(challenge);
    }
    if out.is_empty() {
        return Err("no challenge (a 401 or 407 MUST send at least one)".into());
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Allow (RFC 9110 10.2.1), Upgrade (7.8), Connection (7.6.1)
// ---------------------------------------------------------------------------------------------

/// Parses Allow, `#method` with method = token (RFC 9110 10.2.1, 9.1): the methods in order.
/// Method names are case-sensitive, so compare them exactly. An empty value is valid: the
/// resource allows no methods.
pub fn allow(value: &str) -> Result<Vec<&str>, String> {
    token_list(value, "method")
}

/// A `protocol`: `protocol-name ["/" protocol-version]` (RFC 9110 7.8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protocol<'a> {
    pub name: &'a str,
    pub version: Option<&'a str>,
}

/// Parses Upgrade, `#protocol` (RFC 9110 7.8), in the server's order of preference. Compare
/// names case-insensitively (`websocket`, RFC 6455 4.2.2).
pub fn upgrade(value: &str) -> Result<Vec<Protocol<'_>>, String> {
    let mut out = Vec::new();
    for element in list(value)? {
        let (name, version) = match element.split_once('/') {
            Some((n, v)) => (n, Some(v)),
            None => (element, None),
        };
        if !is_token(name) || version.is_some_and(|v| !is_token(v)) {
            return Err(format!("{} is not a protocol (name [\"/\" version], tokens)", show(element)));
        }
        out.push(Protocol { name, version });
    }
    Ok(out)
}

/// Parses Connection, `#connection-option` with tokens (RFC 9110 7.6.1).
pub fn connection_options(value: &str) -> Result<Vec<&str>, String> {
    token_list(value, "connection-option")
}

/// True when Connection lists `option`, compared case-insensitively (RFC 9110 7.6.1).
pub fn connection_has(value: &str, option: &str) -> Result<bool, String> {
    Ok(connection_options(value)?.iter().any(|o| o.eq_ignore_ascii_case(option)))
}

// ---------------------------------------------------------------------------------------------
// Entity tags (RFC 9110 8.8.3, 13.1.2)
// ---------------------------------------------------------------------------------------------

/// An `entity-tag`: `[ weak ] opaque-tag` (RFC 9110 8.8.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityTag {
    pub weak: bool,
    /// Between the quotes.
    pub opaque: String,
}

fn is_etagc(c: char) -> bool {
    c == '!' || ('\u{23}'..='\u{7e}').contains(&c) || !c.is_ascii()
}

/// Reads an entity-tag at the start of `s`: the tag and the rest.
fn take_entity_tag(s: &str) -> Result<(EntityTag, &str), String> {
    let (weak, tag) = match s.strip_prefix("W/") {
        Some(t) => (true, t),
        None => (false, s),
    };
    let Some(body) = tag.strip_prefix('"') else {
        let hint = if s.starts_with("w/") { " (`W/` is case-sensitive)" } else { "" };
        return Err(format!("{} is not an entity-tag ([W/] DQUOTE *etagc DQUOTE){hint}", show(s)));
    };
    let Some(end) = body.find('"') else {
        return Err(format!("{} has no closing DQUOTE", show(s)));
    };
    let opaque = &body[..end];
    if let Some(c) = opaque.chars().find(|&c| !is_etagc(c)) {
        return Err(format!("{:?} is not allowed in an entity-tag", c));
    }
    Ok((EntityTag { weak, opaque: opaque.into() }, &body[end + 1..]))
}

/// Parses an ETag field value, one `entity-tag` = `[ W/ ] DQUOTE *etagc DQUOTE`
/// (RFC 9110 8.8.3); `W/` is case-sensitive.
pub fn entity_tag(value: &str) -> Result<EntityTag, String> {
    let v = trim_ows(value);
    let (tag, rest) = take_entity_tag(v)?;
    if !rest.is_empty() {
        return Err(format!("{} follows the entity-tag", show(rest)));
    }
    Ok(tag)
}

/// Parses `#entity-tag` (RFC 9110 13.1.1, 13.1.2); entity-tags may hold commas, so this reads
/// tag by tag. Empty list elements are allowed.
pub fn entity_tags(value: &str) -> Result<Vec<EntityTag>, String> {
    let mut out = Vec::new();
    let mut s = value;
    loop {
        s = s.trim_start_matches([' ', '\t', ',']);
        if s.is_empty() {
            return Ok(out);
        }
        let (tag, rest) = take_entity_tag(s)?;
        out.push(tag);
        s = trim_start_ows(rest);
        if !s.is_empty() && !s.starts_with(',') {
            return Err(format!("{} follows an entity-tag instead of a comma", show(s)));
        }
    }
}

/// If-None-Match (or If-Match): `*` or a list of entity-tags (RFC 9110 13.1.1, 13.1.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IfNoneMatch {
    Any,
    Tags(Vec<EntityTag>),
}

/// Parses If-None-Match = `"*" / #entity-tag` (RFC 9110 13.1.2); also fits If-Match (13.1.1).
pub fn if_none_match(value: &str) -> Result<IfNoneMatch, String> {
    if trim_ows(value) == "*" {
        return Ok(IfNoneMatch::Any);
    }
    entity_tags(value).map(IfNoneMatch::Tags)
}

/// Weak comparison: the opaque-tags match, weak or not (RFC 9110 8.8.3.2).
pub fn weak_match(a: &EntityTag, b: &EntityTag) -> bool {
    a.opaque == b.opaque
}

/// Strong comparison: neither is weak and the opaque-tags match (RFC 9110 8.8.3.2).
pub fn strong_match(a: &EntityTag, b: &EntityTag) -> bool {
    !a.weak && !b.weak && a.opaque == b.opaque
}

// ---------------------------------------------------------------------------------------------
// Content-Range (RFC 9110 14.4) and Range (14.1, 14.2)
// ---------------------------------------------------------------------------------------------

/// A Content-Range value (RFC 9110 14.4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentRange {
    /// `unit SP first-last/complete` (or `/*` when the length is unknown).
    Satisfied { unit: String, first: u64, last: u64, complete: Option<u64> },
    /// `unit SP */complete`, sent with a 416.
    Unsatisfied { unit: String, complete: u64 },
    /// A unit other than bytes whose rest is not in the bytes form: kept as written.
    Other { unit: String, rest: String },
}

impl ContentRange {
    /// The number of units the range encloses (`last - first + 1`), if satisfied.
    pub fn len(&self) -> Option<u64> {
        match self {
            ContentRange::Satisfied { first, last, .. } => Some(last - first + 1),
            _ => None,
        }
    }
}

fn range_resp(unit: &str, spec: &str) -> Result<ContentRange, String> {
    let Some((range, complete)) = spec.split_once('/') else {
        return Err(format!("{} has no `/` before the complete length", show(spec)));
    };
    if range == "*" {
        let complete = digits(complete, "complete-length")?;
        return Ok(ContentRange::Unsatisfied { unit: unit.into(), complete });
    }
    let Some((first, last)) = range.split_once('-') else {
        return Err(format!("{} is not first-pos `-` last-pos", show(range)));
    };
    let first = digits(first, "first-pos")?;
    let last = digits(last, "last-pos")?;
    if last < first {
        return Err(format!("last-pos {last} is before first-pos {first}"));
    }
    let complete = match complete {
        "*" => None,
        c => {
            let c = digits(c, "complete-length")?;
            if c <= last {
                return Err(format!("complete-length {c} is not beyond last-pos {last}"));
            }
            Some(c)
        }
    };
    Ok(ContentRange::Satisfied { unit: unit.into(), first, last, complete })
}

/// Parses Content-Range = `range-unit SP ( range-resp / unsatisfied-range )` (RFC 9110 14.4):
/// `bytes 21010-47021/47022`, `bytes 42-1233/*`, `bytes */47022`. The unit is a token compared
/// case-insensitively; a value is invalid when last-pos < first-pos or complete-length <=
/// last-pos. A unit other than bytes may use another syntax, kept as `Other`.
pub fn content_range(value: &str) -> Result<ContentRange, String> {
    let v = trim_ows(value);
    let Some((unit, spec)) = v.split_once(' ') else {
        return Err(format!("{} is not `unit SP range` (e.g. `bytes 0-9/10`)", show(v)));
    };
    if !is_token(unit) {
        return Err(format!("{} is not a range-unit (a token)", show(unit)));
    }
    match range_resp(unit, spec) {
        Ok(r) => Ok(r),
        Err(e) if unit.eq_ignore_ascii_case("bytes") => Err(e),
        Err(_) if spec.bytes().all(|c| c.is_ascii() && !c.is_ascii_control()) => {
            Ok(ContentRange::Other { unit: unit.into(), rest: spec.into() })
        }
        Err(_) => Err(format!("{} has characters outside CHAR", show(spec))),
    }
}

/// Parses Accept-Ranges = `acceptable-ranges` = `1#range-unit` (RFC 9110 14.3): `bytes`, or
/// `none` for no range support. Units are tokens, compared case-insensitively.
pub fn accept_ranges(value: &str) -> Result<Vec<&str>, String> {
    let units = token_list(value, "range-unit")?;
    if units.is_empty() {
        return Err("Accept-Ranges names no range unit (`bytes` or `none`)".into());
    }
    Ok(units)
}

/// One `range-spec` of a Range header (RFC 9110 14.1.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeSpec {
    /// `first-pos "-" [ last-pos ]`.
    Int { first: u64, last: Option<u64> },
    /// `"-" suffix-length`: the last so many units.
    Suffix(u64),
    /// `other-range`, for a unit other than bytes.
    Other(String),
}

/// A parsed Range header: `range-unit "=" range-set` (RFC 9110 14.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranges {
    pub unit: String,
    pub specs: Vec<RangeSpec>,
}

impl Ranges {
    /// True when at least one range-spec is satisfiable against a representation of `length`
    /// bytes: an int-range whose first-pos is below the length, or a suffix-range with a
    /// non-zero suffix-length (RFC 9110 14.1.1). False answers call for a 416 (15.5.17). Only
    /// byte ranges are judged; other units are never satisfiable here.
    pub fn satisfiable(&self, length: u64) -> bool {
        self.unit.eq_ignore_ascii_case("bytes")
            && self.specs.iter().any(|s| match s {
                RangeSpec::Int { first, .. } => *first < length,
                RangeSpec::Suffix(n) => *n > 0,
                RangeSpec::Other(_) => false,
            })
    }

    /// The satisfiable ranges as inclusive `(first, last)` byte offsets into `length` bytes, in
    /// request order, each clipped to the representation (RFC 9110 14.1.2); empty ones (a
    /// suffix of a zero-length representation) are left out.
    pub fn resolve(&self, length: u64) -> Vec<(u64, u64)> {
        if !self.unit.eq_ignore_ascii_case("bytes") || length == 0 {
            return Vec::new();
        }
        self.specs
            .iter()
            .filter_map(|s| match *s {
                RangeSpec::Int { first, last } if first < length => {
                    Some((first, last.map_or(length - 1, |l| l.min(length - 1))))
                }
                RangeSpec::Suffix(n) if n > 0 => Some((length - n.min(length), length - 1)),
                _ => None,
            })
            .collect()
    }
}

/// Parses Range = `range-unit "=" range-set` with range-set = `1#range-spec` (RFC 9110 14.2,
/// 14.1.1): `bytes=0-`, `bytes=2-5`, `bytes=-10`, `bytes=0-0, -1`. An int-range is invalid when
/// last-pos < first-pos; for bytes every spec must be an int-range or a suffix-range.
pub fn range_header(value: &str) -> Result<Ranges, String> {
    let v = trim_ows(value);
    let Some((unit, set)) = v.split_once('=') else {
        return Err(format!("{} is not `unit=range-set` (e.g. `bytes=0-9`)", show(v)));
    };
    if !is_token(unit) {
        return Err(format!("{} is not a range-unit (a token)", show(unit)));
    }
    let bytes = unit.eq_ignore_ascii_case("bytes");
    let mut specs = Vec::new();
    for element in list(set)? {
        let spec = match element.split_once('-') {
            Some(("", suffix)) if !suffix.is_empty() && suffix.bytes().all(|c| c.is_ascii_digit()) => {
                RangeSpec::Suffix(digits(suffix, "suffix-length")?)
            }
            Some((first, last))
                if !first.is_empty()
                    && first.bytes().all(|c| c.is_ascii_digit())
                    && last.bytes().all(|c| c.is_ascii_digit()) =>
            {
                let first = digits(first, "first-pos")?;
                let last = if last.is_empty() { None } else { Some(digits(last, "last-pos")?) };
                if let Some(l) = last.filter(|&l| l < first) {
                    return Err(format!("the range {} ends ({l}) before it starts ({first})", show(element)));
                }
                RangeSpec::Int { first, last }
            }
            _ if bytes => {
                return Err(format!("{} is not a byte range-spec (`first-[last]` or `-suffix`)", show(element)))
            }
            _ if element.bytes().all(|c| c.is_ascii_graphic()) => RangeSpec::Other(element.into()),
            _ => return Err(format!("{} is not an other-range (VCHARs)", show(element))),
        };
        specs.push(spec);
    }
    if specs.is_empty() {
        return Err(format!("{} names no range (range-set is 1#range-spec)", show(v)));
    }
    Ok(Ranges { unit: unit.into(), specs })
}

// ---------------------------------------------------------------------------------------------
// Link (RFC 8288 3) and media types (RFC 9110 8.3.1, 5.6.6)
// ---------------------------------------------------------------------------------------------

/// A `link-value`: `"<" URI-Reference ">" *( OWS ";" OWS link-param )` (RFC 8288 3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub target: String,
    /// Names as written; a value is absent for a bare `; name`.
    pub params: Vec<(String, Option<String>)>,
}

impl Link {
    /// The first value of a parameter, by case-insensitive name.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.as_deref())
    }

    /// The relation types of `rel`, split on whitespace, lowercased (RFC 8288 3.3, 2.1.1).
    pub fn rels(&self) -> Vec<String> {
        self.param("rel").unwrap_or("").split_ascii_whitespace().map(|r| r.to_ascii_lowercase()).collect()
    }
}

/// Parses `*( OWS ";" OWS [ name "=" value ] )` until `stop` (a comma for Link) or the end;
/// `bws` allows whitespace around `=` and a bare name (link-param), otherwise not (media-type
/// parameter). Returns the parameters and the rest, starting at `stop`.
#[allow(clippy::type_complexity)]
fn parameters(mut s: &str, stop: Option<char>, bws: bool) -> Result<(Vec<(String, Option<String>)>, &str), String> {
    let mut params = Vec::new();
    loop {
        s = trim_start_ows(s);
        if s.is_empty() || stop.is_some_and(|c| s.starts_with(c)) {
            return Ok((params, s));
        }
        let Some(rest) = s.strip_prefix(';') else {
            return Err(format!("{} where a `;` or the end should be", show(s)));
        };
        s = trim_start_ows(rest);
        if s.is_empty() || s.starts_with(';') || stop.is_some_and(|c| s.starts_with(c)) {
            if bws {
                return Err("an empty link-param after `;`".into());
            }
            continue; // RFC 9110 5.6.6 allows empty parameters.
        }
        let (name, rest) = take_token(s);
        if name.is_empty() {
            return Err(format!("{} is not a parameter name (a token)", show(s)));
        }
        let after = if bws { trim_start_ows(rest) } else { rest };
        match after.strip_prefix('=') {
            Some(v) => {
                let v = if bws { trim_start_ows(v) } else { v };
                let (value, _, rest) =
                    take_value(v).map_err(|e| format!("the value of parameter {}: {e}", show(name)))?;
                params.push((name.to_string(), Some(value)));
                s = rest;
            }
            None if bws => {
                params.push((name.to_string(), None));
                s = rest;
            }
            None => return Err(format!("the parameter {} has no `=` value (no spaces around `=`)", show(name))),
        }
    }
}

/// Parses Link, `#link-value` (RFC 8288 3), as sent on a 103 (RFC 8297): `<URI-Reference>`
/// then `; name=value` params, values a token or a quoted-string. Each link must have exactly
/// one `rel` (3.3: MUST be present, MUST NOT appear more than once); targets are checked as
/// URI-references.
pub fn link(value: &str) -> Result<Vec<Link>, String> {
    let mut out = Vec::new();
    let mut s = value;
    loop {
        s = s.trim_start_matches([' ', '\t', ',']);
        if s.is_empty() {
            break;
        }
        let Some(inner) = s.strip_prefix('<') else {
            return Err(format!("{} does not start with `<` URI-Reference `>`", show(s)));
        };
        let Some(end) = inner.find('>') else {
            return Err(format!("{} has no `>` closing the target", show(s)));
        };
        let target = &inner[..end];
        uri_reference(target).map_err(|e| format!("the target <{target}> is not a URI-reference: {e}"))?;
        let (params, rest) = parameters(&inner[end + 1..], Some(','), true)?;
        let rels = params.iter().filter(|(n, _)| n.eq_ignore_ascii_case("rel")).count();
        if rels != 1 {
            let n = if rels == 0 { "no" } else { "more than one" };
            return Err(format!("the link to <{target}> has {n} `rel` (exactly one is required)"));
        }
        if params
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("rel") && v.as_deref().map_or(true, |v| v.trim().is_empty()))
        {
            return Err(format!("the link to <{target}> has an empty `rel`"));
        }
        out.push(Link { target: target.into(), params });
        s = rest;
    }
    if out.is_empty() {
        return Err("no link-value".into());
    }
    Ok(out)
}

/// A media type: `type "/" subtype` and parameters (RFC 9110 8.3.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaType {
    pub type_: String,
    pub subtype: String,
    /// Names as written; values unescaped.
    pub params: Vec<(String, String)>,
}

impl MediaType {
    /// `type/subtype`, lowercased (both are case-insensitive).
    pub fn essence(&self) -> String {
        format!("{}/{}", self.type_, self.subtype).to_ascii_lowercase()
    }

    /// The value of a parameter, by case-insensitive name.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Parses Content-Type, `media-type = type "/" subtype parameters` with parameters =
/// `*( OWS ";" OWS [ parameter ] )` and parameter = `token "=" ( token / quoted-string )`
/// (RFC 9110 8.3.1, 5.6.6): no whitespace around `=` or `/`.
pub fn media_type(value: &str) -> Result<MediaType, String> {
    let v = trim_ows(value);
    let (type_, rest) = take_token(v);
    let Some(rest) = rest.strip_prefix('/') else {
        return Err(format!("{} is not a media type (`type/subtype`)", show(v)));
    };
    let (subtype, rest) = take_token(rest);
    if type_.is_empty() || subtype.is_empty() {
        return Err(format!("{} is not a media type (`type/subtype`, tokens)", show(v)));
    }
    let (params, _) = parameters(rest, None, false).map_err(|e| format!("{}: {e}", show(v)))?;
    let params = params.into_iter().map(|(n, val)| (n, val.unwrap_or_default())).collect();
    Ok(MediaType { type_: type_.into(), subtype: subtype.into(), params })
}

// ---------------------------------------------------------------------------------------------
// Message framing (RFC 9112 6, RFC 9110 8.6) and chunked coding (RFC 9112 7.1)
// ---------------------------------------------------------------------------------------------

/// How a response's body is delimited (RFC 9112 6.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyLength {
    /// No content, whatever the fields say: a response to HEAD, a 1xx, 204 or 304 (item 1).
    None,
    /// A 2xx to CONNECT: the connection becomes a tunnel (item 2).
    Tunnel,
    /// Transfer-Encoding with chunked last (item 4).
    Chunked,
    /// Content-Length (item 6).
    Length(u64),
    /// Until the server closes the connection (items 4 and 8).
    UntilClose,
}

/// What a response head says about its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framing {
    pub body: BodyLength,
    /// The Content-Length value, even where it does not delimit the body (HEAD, 304).
    pub content_length: Option<u64>,
    /// The transfer codings in the order applied, lowercased.
    pub transfer_codings: Vec<String>,
    /// True when Content-Length came as several identical values (`5, 5` or two lines): a
    /// recipient MAY accept that as one value (RFC 9110 8.6), but a sender sent one too many.
    pub repeated_content_length: bool,
}

/// One `transfer-coding` name: `token *( OWS ";" OWS transfer-parameter )` (RFC 9112 7).
fn transfer_coding(element: &str) -> Result<String, String> {
    let (name, rest) = take_token(element);
    if name.is_empty() {
        return Err(format!("{} is not a transfer-coding (a token)", show(element)));
    }
    let mut s = rest;
    loop {
        s = trim_start_ows(s);
        if s.is_empty() {
            return Ok(name.to_ascii_lowercase());
        }
        let Some(r) = s.strip_prefix(';') else {
            return Err(format!("{} follows the transfer-coding {}", show(s), show(name)));
        };
        let (pname, r) = take_token(trim_start_ows(r));
        let r = trim_start_ows(r).strip_prefix('=').filter(|_| !pname.is_empty());
        let Some(r) = r else {
            return Err(format!("{} has a transfer-parameter that is not token=value", show(element)));
        };
        let (_, _, r) = take_value(trim_start_ows(r))?;
        s = r;
    }
}

/// Checks a response head's framing (RFC 9112 6, RFC 9110 8.6) and says how its body is
/// delimited. `headers` are the recorded field lines in wire order (repeats kept), `status`
/// the response's, `request_method` the request's (case-sensitive), and `body_len` the body
/// bytes received (de-chunked), if known. Faults:
/// - Content-Length that is not 1*DIGIT, or several values that differ (identical repeats are
///   accepted, as a recipient MAY, and flagged in `repeated_content_length`);
/// - Content-Length or Transfer-Encoding on a 1xx or 204 (RFC 9110 8.6, RFC 9112 6.1: a server
///   MUST NOT), or on a 2xx to CONNECT;
/// - both Transfer-Encoding and Content-Length (RFC 9112 6.1: a sender MUST NOT);
/// - chunked applied more than once, or a malformed or empty Transfer-Encoding;
/// - a body on a response that has none, or one whose length is not the Content-Length.
///
/// A 304's (or a HEAD response's) Content-Length must equal the full response's; check that
/// with [`declared_length_matches`].
pub fn framing(
    headers: &[(String, String)],
    status: u16,
    request_method: &str,
    body_len: Option<usize>,
) -> Result<Framing, String> {
    let mut lengths = Vec::new();
    for line in field_values(headers, "content-length") {
        let elements: Vec<&str> = line.split(',').map(trim_ows).collect();
        for e in elements {
            if e.is_empty() || !e.bytes().all(|c| c.is_ascii_digit()) {
                return Err(format!("Content-Length {} is not 1*DIGIT", show(line)));
            }
            lengths.push(e.parse::<u64>().map_err(|_| format!("Content-Length {} is too large", show(line)))?);
        }
    }
    if lengths.windows(2).any(|w| w[0] != w[1]) {
        let all: Vec<String> = lengths.iter().map(u64::to_string).collect();
        return Err(format!("Content-Length has differing values {}", all.join(", ")));
    }
    let content_length = lengths.first().copied();
    let repeated_content_length = lengths.len() > 1;

    let te_lines = field_values(headers, "transfer-encoding");
    let mut transfer_codings = Vec::new();
    for line in &te_lines {
        for element in list(line)? {
            transfer_codings.push(transfer_coding(element)?);
        }
    }
    if !te_lines.is_empty() && transfer_codings.is_empty() {
        return Err("Transfer-Encoding names no transfer coding".into());
    }
    let te = !te_lines.is_empty();

    let no_fields = |why: &str| -> Result<(), String> {
        if content_length.is_some() {
            return Err(format!("a server MUST NOT send Content-Length in {why} (RFC 9110 8.6)"));
        }
        if te {
            return Err(format!("a server MUST NOT send Transfer-Encoding in {why} (RFC 9112 6.1)"));
        }
        Ok(())
    };
    if (100..200).contains(&status) {
        no_fields(&format!("a 1xx response ({status})"))?;
    } else if status == 204 {
        no_fields("a 204 response")?;
    }
    let tunnel = request_method == "CONNECT" && (200..300).contains(&status);
    if tunnel {
        no_fields("a 2xx response to CONNECT")?;
    }
    if te && content_length.is_some() {
        return Err("a sender MUST NOT send Content-Length with Transfer-Encoding (RFC 9112 6.1)".into());
    }
    if transfer_codings.iter().filter(|c| *c == "chunked").count() > 1 {
        return Err("chunked is applied more than once (RFC 9112 6.1)".into());
    }

    let no_content = request_method == "HEAD" || (100..200).contains(&status) || matches!(status, 204 | 304);
    let body = if tunnel {
        BodyLength::Tunnel
    } else if no_content {
        BodyLength::None
    } else if te {
        if transfer_codings.last().map(String::as_str) == Some("chunked") {
            BodyLength::Chunked
        } else {
            BodyLength::UntilClose
        }
    } else if let Some(n) = content_length {
        BodyLength::Length(n)
    } else {
        BodyLength::UntilClose
    };
    match (body, body_len) {
        (BodyLength::None, Some(n)) if n > 0 => {
            let what = if request_method == "HEAD" { "a response to HEAD".to_string() } else { format!("a {status}") };
            return Err(format!("{what} has no content, but {n} body bytes came"));
        }
        (BodyLength::Length(want), Some(n)) if want != n as u64 => {
            return Err(format!("Content-Length is {want}, but {n} body bytes came"));
        }
        _ => {}
    }
    Ok(Framing { body, content_length, transfer_codings, repeated_content_length })
}

/// The hook for a Content-Length that describes another response: in a 304 it MUST equal the
/// length a 200 would have sent, in a response to HEAD the length GET would have sent
/// (RFC 9110 8.6). `full_length` is that other response's body length; no Content-Length at all
/// is fine.
pub fn declared_length_matches(framing: &Framing, full_length: u64) -> Result<(), String> {
    match framing.content_length {
        Some(n) if n != full_length => {
            Err(format!("Content-Length is {n}, but the full response has {full_length} bytes"))
        }
        _ => Ok(()),
    }
}

/// The hook for a response to an HTTP/1.0 request: a server MUST NOT send Transfer-Encoding
/// unless the request indicates HTTP/1.1 or later (RFC 9112 6.1).
pub fn no_transfer_encoding_for_http10(framing: &Framing) -> Result<(), String> {
    if framing.transfer_codings.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Transfer-Encoding: {} in a response to an HTTP/1.0 request (RFC 9112 6.1)",
            framing.transfer_codings.join(", ")
        ))
    }
}

/// A chunked body, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dechunked {
    pub body: Vec<u8>,
    /// Bytes of the input the chunked coding took, up to and including the final CRLF.
    pub consumed: usize,
    /// The trailer section's field lines, in order.
    pub trailers: Vec<(String, String)>,
    /// Every chunk extension, in order (`;name` or `;name=value`).
    pub extensions: Vec<(String, Option<String>)>,
}

/// Why decoding stopped: more bytes are needed, or the bytes are wrong.
enum Stop {
    More,
    Bad(String),
}

impl From<String> for Stop {
    fn from(e: String) -> Stop {
        Stop::Bad(e)
    }
}

/// The longest chunk-size or trailer line accepted while waiting for its CRLF.
const MAX_LINE: usize = 8 * 1024;

/// The line at `pos`, without its CRLF, and where the next starts; a bare LF is malformed.
fn crlf_line<'a>(buf: &'a [u8], pos: usize, what: &str) -> Result<(&'a [u8], usize), Stop> {
    let Some(i) = buf[pos..].iter().position(|&c| c == b'\n') else {
        if buf.len() - pos > MAX_LINE {
            return Err(Stop::Bad(format!("the {what} runs past {MAX_LINE} bytes with no CRLF")));
        }
        return Err(Stop::More);
    };
    let line = &buf[pos..pos + i];
    let Some(line) = line.strip_suffix(b"\r") else {
        return Err(Stop::Bad(format!("a bare LF ends the {what} (CRLF is required)")));
    };
    if line.contains(&b'\r') {
        return Err(Stop::Bad(format!("a bare CR inside the {what}")));
    }
    Ok((line, pos + i + 1))
}

/// `chunk-size [ chunk-ext ]`: the size and the extensions.
#[allow(clippy::type_complexity)]
fn chunk_size_line(line: &[u8]) -> Result<(usize, Vec<(String, Option<String>)>), String> {
    let text = String::from_utf8_lossy(line);
    let hex = line.iter().take_while(|c| c.is_ascii_hexdigit()).count();
    if hex == 0 {
        return Err(format!("{} does not start with a chunk-size (1*HEXDIG)", show(&text)));
    }
    let mut size: usize = 0;
    for &c in &line[..hex] {
        let d = (c as char).to_digit(16).expect("hex") as usize;
        size = size
            .checked_mul(16)
            .and_then(|s| s.checked_add(d))
            .ok_or_else(|| format!("the chunk-size in {} is too large", show(&text)))?;
    }
    let Ok(mut s) = std::str::from_utf8(&line[hex..]) else {
        return Err(format!("{} has non-UTF-8 bytes after the chunk-size", show(&text)));
    };
    let mut extensions = Vec::new();
    loop {
        s = trim_start_ows(s);
        if s.is_empty() {
            return Ok((size, extensions));
        }
        let Some(r) = s.strip_prefix(';') else {
            return Err(format!(
                "{} follows the chunk-size in {} (chunk-ext is `;name[=value]`)",
                show(s),
                show(&text)
            ));
        };
        let (name, r) = take_token(trim_start_ows(r));
        if name.is_empty() {
            return Err(format!("a chunk-ext in {} has no name (a token)", show(&text)));
        }
        let after = trim_start_ows(r);
        match after.strip_prefix('=') {
            Some(v) => {
                let (value, _, r) =
                    take_value(trim_start_ows(v)).map_err(|e| format!("chunk-ext {}: {e}", show(name)))?;
                extensions.push((name.to_string(), Some(value)));
                s = r;
            }
            None => {
                extensions.push((name.to_string(), None));
                s = r;
            }
        }
    }
}

/// `field-name ":" OWS field-value OWS` (RFC 9112 5, RFC 9110 5.5), for a trailer line.
fn field_line(line: &[u8]) -> Result<(String, String), String> {
    let text = String::from_utf8_lossy(line).to_string();
    if line.first().is_some_and(|&c| is_ws(c)) {
        return Err(format!("the trailer line {} starts with whitespace (obs-fold is not allowed)", show(&text)));
    }
    let Some(colon) = line.iter().position(|&c| c == b':') else {
        return Err(format!("the trailer line {} has no `:`", show(&text)));
    };
    let name = String::from_utf8_lossy(&line[..colon]);
    let name = name.as_ref();
    if !is_token(name) {
        return Err(format!("{} is not a field-name (a token)", show(name)));
    }
    let value = &line[colon + 1..];
    if let Some(&c) = value.iter().find(|&&c| !(c == b' ' || c == b'\t' || (0x21..=0x7e).contains(&c) || c >= 0x80)) {
        return Err(format!("the trailer field {} has the control byte {c:#04x}", show(name)));
    }
    Ok((name.to_string(), trim_ows(&String::from_utf8_lossy(value)).to_string()))
}

fn dechunk_all(buf: &[u8]) -> Result<Dechunked, Stop> {
    let mut pos = 0;
    let mut body = Vec::new();
    let mut extensions = Vec::new();
    loop {
        if buf.len() > pos && !buf[pos].is_ascii_hexdigit() {
            let shown: String = String::from_utf8_lossy(&buf[pos..buf.len().min(pos + 20)]).into();
            return Err(Stop::Bad(format!("{} where a chunk-size (1*HEXDIG) should start", show(&shown))));
        }
        let (line, next) = crlf_line(buf, pos, "chunk-size line")?;
        let (size, ext) = chunk_size_line(line)?;
        extensions.extend(ext);
        pos = next;
        if size == 0 {
            break;
        }
        let end = pos.checked_add(size).ok_or_else(|| "the chunk-size is too large".to_string())?;
        for (k, want) in [(end, b'\r'), (end + 1, b'\n')] {
            match buf.get(k) {
                None => return Err(Stop::More),
                Some(&c) if c != want => {
                    return Err(Stop::Bad(format!("the chunk of {size} bytes is not followed by CRLF")));
                }
                Some(_) => {}
            }
        }
        body.extend_from_slice(&buf[pos..end]);
        pos = end + 2;
    }
    let mut trailers = Vec::new();
    loop {
        let (line, next) = crlf_line(buf, pos, "trailer section")?;
        pos = next;
        if line.is_empty() {
            return Ok(Dechunked { body, consumed: pos, trailers, extensions });
        }
        trailers.push(field_line(line)?);
    }
}

/// Decodes a chunked body strictly (RFC 9112 7.1): `*chunk last-chunk trailer-section CRLF`,
/// chunk-size 1*HEXDIG, chunk-ext `*( BWS ";" BWS name [ BWS "=" BWS ( token /
/// quoted-string ) ] )`, CRLF (never a bare LF) after each line and each chunk's data, field
/// lines in the trailer section. `Ok(None)` means the bytes so far are a valid beginning and
/// more are needed, so a client can call it on a growing buffer; bytes after `consumed` are not
/// part of the body.
pub fn dechunk(buf: &[u8]) -> Result<Option<Dechunked>, String> {
    match dechunk_all(buf) {
        Ok(d) => Ok(Some(d)),
        Err(Stop::More) => Ok(None),
        Err(Stop::Bad(e)) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// WebSocket (RFC 6455 4.2.2, 5, 7.4)
// ---------------------------------------------------------------------------------------------

/// A frame's opcode (RFC 6455 5.2); the others are reserved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    Continuation,
    Text,
    Binary,
    Close,
    Ping,
    Pong,
}

impl Opcode {
    /// The 4-bit opcode on the wire (RFC 6455 5.2, 11.8).
    pub fn code(self) -> u8 {
        match self {
            Opcode::Continuation => 0x0,
            Opcode::Text => 0x1,
            Opcode::Binary => 0x2,
            Opcode::Close => 0x8,
            Opcode::Ping => 0x9,
            Opcode::Pong => 0xa,
        }
    }

    /// The opcode for a 4-bit value, or None for a reserved one (RFC 6455 5.2).
    pub fn from_code(code: u8) -> Option<Opcode> {
        [Opcode::Continuation, Opcode::Text, Opcode::Binary, Opcode::Close, Opcode::Ping, Opcode::Pong]
            .into_iter()
            .find(|o| o.code() == code)
    }

    /// Close, Ping and Pong (RFC 6455 5.5).
    pub fn is_control(self) -> bool {
        self.code() & 0x8 != 0
    }
}

/// A WebSocket frame, unmasked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub fin: bool,
    pub opcode: Opcode,
    pub payload: Vec<u8>,
}

impl Frame {
    /// A Close frame's status code, if it has one (RFC 6455 5.5.1).
    pub fn close_code(&self) -> Option<u16> {
        (self.opcode == Opcode::Close && self.payload.len() >= 2)
            .then(|| u16::from_be_bytes([self.payload[0], self.payload[1]]))
    }

    /// A Close frame's reason, after the code (already checked to be UTF-8).
    pub fn close_reason(&self) -> Option<&str> {
        self.close_code().and_then(|_| std::str::from_utf8(&self.payload[2..]).ok())
    }
}

/// True for a close code an endpoint may send (RFC 6455 7.4.1, 7.4.2 and the IANA registry):
/// 1000-1003, 1007-1014, 3000-4999. 1004 is reserved; 1005, 1006 and 1015 MUST NOT be sent.
pub fn is_valid_close_code(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

/// Encodes one final (FIN) client frame (RFC 6455 5.2): client frames MUST be masked
/// (5.3), and the length takes 7 bits, 16 bits after 126, or 64 bits after 127, the minimum.
pub fn encode_client_frame(opcode: Opcode, payload: &[u8], mask: [u8; 4]) -> Vec<u8> {
    let mut out = vec![0x80 | opcode.code()];
    let len = payload.len();
    if len <= 125 {
        out.push(0x80 | len as u8);
    } else if len <= 0xffff {
        out.push(0x80 | 126);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(0x80 | 127);
        out.extend_from_slice(&(len as u64).to_be_bytes());
    }
    out.extend_from_slice(&mask);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    out
}

/// Parses one frame a server sent (RFC 6455 5.2): `Ok(None)` while more bytes are needed,
/// else the frame and the bytes it took. Faults: a mask (a server MUST NOT mask, 5.1), RSV bits
/// (no extension was negotiated), a reserved opcode, a length not in the minimal form, a
/// control frame over 125 bytes or fragmented (5.5), a Close payload of one byte, an invalid
/// close code or a reason that is not UTF-8 (5.5.1, 7.4), an unfragmented Text frame that is
/// not UTF-8 (5.6, 8.1).
pub fn parse_server_frame(buf: &[u8]) -> Result<Option<(Frame, usize)>, String> {
    let [b0, b1, ..] = *buf else { return Ok(None) };
    let fin = b0 & 0x80 != 0;
    if b0 & 0x70 != 0 {
        return Err(format!("RSV bits {:#05b} are set, but no extension was negotiated", (b0 >> 4) & 0x7));
    }
    let Some(opcode) = Opcode::from_code(b0 & 0x0f) else {
        return Err(format!("opcode {:#x} is reserved", b0 & 0x0f));
    };
    if b1 & 0x80 != 0 {
        return Err("the frame is masked, and a server MUST NOT mask (RFC 6455 5.1)".into());
    }
    let (len, header) = match b1 & 0x7f {
        126 => {
            let Some(b) = buf.get(2..4) else {
                return Ok(None);
            };
            let len = u16::from_be_bytes([b[0], b[1]]) as u64;
            if len < 126 {
                return Err(format!("a length of {len} in 16 bits (the minimal form MUST be used)"));
            }
            (len, 4)
        }
        127 => {
            let Some(b) = buf.get(2..10) else {
                return Ok(None);
            };
            let len = u64::from_be_bytes(b.try_into().expect("8 bytes"));
            if len >> 63 != 0 {
                return Err("the 64-bit length has its most significant bit set".into());
            }
            if len <= 0xffff {
                return Err(format!("a length of {len} in 64 bits (the minimal form MUST be used)"));
            }
            (len, 10)
        }
        n => (n as u64, 2),
    };
    if opcode.is_control() {
        if len > 125 {
            return Err(format!("a {opcode:?} frame of {len} bytes (control frames carry at most 125)"));
        }
        if !fin {
            return Err(format!("a fragmented {opcode:?} frame (control frames MUST NOT be fragmented)"));
        }
    }
    let Some(end) = usize::try_from(len).ok().and_then(|l| l.checked_add(header)) else {
        return Err(format!("a frame of {len} bytes"));
    };
    let Some(payload) = buf.get(header..end) else {
        return Ok(None);
    };
    if opcode == Opcode::Close {
        match payload.len() {
            0 => {}
            1 => return Err("a Close payload of one byte (it is empty or a 2-byte code first)".into()),
            _ => {
                let code = u16::from_be_bytes([payload[0], payload[1]]);
                if !is_valid_close_code(code) {
                    return Err(format!("close code {code} is not one an endpoint may send"));
                }
                if std::str::from_utf8(&payload[2..]).is_err() {
                    return Err("the Close reason is not UTF-8".into());
                }
            }
        }
    }
    if opcode == Opcode::Text && fin && std::str::from_utf8(payload).is_err() {
        return Err("a Text frame whose payload is not UTF-8".into());
    }
    Ok(Some((Frame { fin, opcode, payload: payload.to_vec() }, end)))
}

/// The Sec-WebSocket-Accept that answers a Sec-WebSocket-Key: base64 of the SHA-1 of the key
/// and the GUID `258EAFA5-E914-47DA-95CA-C5AB0DC85B11` (RFC 6455 4.2.2, step 5.4).
pub fn websocket_accept(key: &str) -> String {
    let digest = Sha1::digest(format!("{key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(digest)
}

/// True when `key` is a Sec-WebSocket-Key: base64 of 16 bytes (RFC 6455 4.1, 11.3.1).
pub fn is_websocket_key(key: &str) -> bool {
    base64::engine::general_purpose::STANDARD.decode(key).is_ok_and(|k| k.len() == 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    // --- tokens, quoted strings, lists ---

    #[test]
    fn tchars_and_tokens() {
        assert!(b"!#$%&'*+-.^_`|~09azAZ".iter().all(|&c| is_tchar(c)));
        assert!(b"()<>@,;:\\\"/[]?={} \t\x7f".iter().all(|&c| !is_tchar(c)));
        assert!(is_token("GET") && is_token("x-custom_1.2~") && is_token("!"));
        assert!(!is_token("") && !is_token("a b") && !is_token("a,b") && !is_token("é"));
    }

    #[test]
    fn ows_is_only_space_and_tab() {
        assert_eq!(trim_ows(" \ta b\t "), "a b");
        assert_eq!(trim_ows("\na"), "\na");
    }

    #[test]
    fn quoted_strings_unescape_and_return_the_rest() {
        assert_eq!(quoted_string("\"hello\"; rest").unwrap(), ("hello".into(), "; rest"));
        assert_eq!(quoted_string(r#""a\"b\\c""#).unwrap(), ("a\"b\\c".into(), ""));
        assert_eq!(quoted_string("\"tab\there \u{e9}\"").unwrap().0, "tab\there \u{e9}");
        assert_eq!(quoted_string("\"\"").unwrap(), (String::new(), ""));
        assert!(quoted_string("\"abc").unwrap_err().contains("unterminated"));
        assert!(quoted_string("\"a\u{1}b\"").is_err());
        assert!(quoted_string("\"a\\\u{1}\"").unwrap_err().contains("quoted-pair"));
        assert!(quoted_string("\"a\\").is_err());
        assert!(quoted_string("abc").is_err());
    }

    #[test]
    fn lists_drop_empty_elements_and_respect_quotes() {
        assert_eq!(list("a, , b").unwrap(), ["a", "b"]);
        assert_eq!(list(",a,,b,").unwrap(), ["a", "b"]);
        assert_eq!(list(" a\t,b ").unwrap(), ["a", "b"]);
        assert_eq!(list("").unwrap(), Vec::<&str>::new());
        assert_eq!(list(", ,").unwrap(), Vec::<&str>::new());
        assert_eq!(list("\"x, y\", z").unwrap(), ["\"x, y\"", "z"]);
        assert!(list("a, \"open").is_err());
    }

    // --- HTTP-date, Retry-After ---

    #[test]
    fn imf_fixdate_from_the_rfc() {
        let d = imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!((d.year, d.month, d.day, d.hour, d.minute, d.second), (1994, 11, 6, 8, 49, 37));
        assert_eq!(d.format, DateFormat::ImfFixdate);
        assert_eq!(d.unix_seconds(), 784_111_777);
        assert_eq!(d.system_time(), UNIX_EPOCH + Duration::from_secs(784_111_777));
        assert!(is_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT"));
    }

    #[test]
    fn imf_fixdate_edges() {
        assert_eq!(imf_fixdate("Thu, 01 Jan 1970 00:00:00 GMT").unwrap().unix_seconds(), 0);
        let before = imf_fixdate("Wed, 31 Dec 1969 23:59:59 GMT").unwrap();
        assert_eq!(before.unix_seconds(), -1);
        assert_eq!(before.system_time(), UNIX_EPOCH - Duration::from_secs(1));
        assert!(is_imf_fixdate("Tue, 29 Feb 2000 00:00:00 GMT")); // 2000 is a leap year
        assert!(is_imf_fixdate("Sat, 31 Dec 2016 23:59:60 GMT")); // a leap second
        assert!(is_imf_fixdate("Wed, 02 Dec 2026 09:51:09 GMT"));
    }

    #[test]
    fn malformed_imf_fixdates_fail() {
        let bad = [
            ("Mon, 06 Nov 1994 08:49:37 GMT", "is a sunday"),
            ("sun, 06 Nov 1994 08:49:37 GMT", "day name"),
            ("Sun, 06 nov 1994 08:49:37 GMT", "month name"),
            ("Sun, 6 Nov 1994 08:49:37 GMT", "2digit"),
            ("Sun, 06 Nov 94 08:49:37 GMT", "4digit"),
            ("Sun, 06 Nov 1994 08:49:37 UTC", "gmt"),
            ("Sun, 06 Nov 1994 08:49:37 +0000", "gmt"),
            ("Sun, 06 Nov 1994 24:00:00 GMT", "out of range"),
            ("Sun, 06 Nov 1994 08:60:00 GMT", "out of range"),
            ("Sun, 06 Nov 1994 8:49:37 GMT", "hour"),
            ("Thu, 31 Nov 1994 08:49:37 GMT", "no date"),
            ("Thu, 29 Feb 1900 00:00:00 GMT", "no date"),
            ("Sun, 00 Nov 1994 08:49:37 GMT", "no date"),
            ("Sun,  06 Nov 1994 08:49:37 GMT", "not an imf-fixdate"),
            ("Sun 06 Nov 1994 08:49:37 GMT", "comma"),
            ("Sunday, 06-Nov-94 08:49:37 GMT", "not an imf-fixdate"),
            ("Sun Nov  6 08:49:37 1994", "comma"),
            ("", "not an imf-fixdate"),
        ];
        for (value, why) in bad {
            let err = imf_fixdate(value).expect_err(value).to_lowercase();
            assert!(err.contains(why), "{value}: {err}");
            assert!(!is_imf_fixdate(value));
        }
    }

    #[test]
    fn recipients_accept_all_three_date_forms() {
        let imf = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let rfc850 = parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").unwrap();
        let asctime = parse_http_date("Sun Nov  6 08:49:37 1994").unwrap();
        assert_eq!(rfc850.format, DateFormat::Rfc850);
        assert_eq!(asctime.format, DateFormat::Asctime);
        assert_eq!(imf.unix_seconds(), rfc850.unix_seconds());
        assert_eq!(imf.unix_seconds(), asctime.unix_seconds());
        assert_eq!(parse_http_date("Sun Nov 06 08:49:37 1994").unwrap().day, 6);
        // 2DIGIT day
    }

    #[test]
    fn rfc850_two_digit_years_are_at_most_50_years_ahead() {
        assert_eq!(http_date_in("Sunday, 06-Nov-94 08:49:37 GMT", 2026).unwrap().year, 1994);
        assert_eq!(http_date_in("Tuesday, 06-Nov-29 08:49:37 GMT", 2026).unwrap().year, 2029);
        assert_eq!(http_date_in("Wednesday, 01-Jan-70 00:00:00 GMT", 2026).unwrap().year, 2070);
        assert_eq!(http_date_in("Saturday, 06-Nov-94 08:49:37 GMT", 2060).unwrap().year, 2094);
        assert!(current_year() >= 2024);
    }

    #[test]
    fn malformed_obsolete_dates_fail() {
        for value in [
            "Sun, 06-Nov-94 08:49:37 GMT",      // rfc850 needs the long day name
            "Monday, 06-Nov-94 08:49:37 GMT",   // wrong day
            "Sunday, 06-Nov-1994 08:49:37 GMT", // four-digit year
            "Sunday, 06 Nov 94 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994", // one space before a one-digit day
            "Mon Nov  6 08:49:37 1994",
            "Sun Nov  6 08:49:37 94",
            "sun nov  6 08:49:37 1994",
            "1994-11-06T08:49:37Z",
            "soon",
        ] {
            assert!(parse_http_date(value).is_err(), "{value}");
        }
        assert_eq!(parse_http_date("soon").unwrap_err(), "`soon` is not an HTTP-date");
    }

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        assert_eq!(retry_after("120").unwrap(), RetryAfter::Seconds(120));
        assert_eq!(retry_after("0").unwrap(), RetryAfter::Seconds(0));
        assert_eq!(retry_after(" 5 ").unwrap(), RetryAfter::Seconds(5));
        let RetryAfter::Date(d) = retry_after("Fri, 31 Dec 1999 23:59:59 GMT").unwrap() else { panic!() };
        assert_eq!((d.year, d.format), (1999, DateFormat::ImfFixdate));
        let RetryAfter::Date(d) = retry_after("Friday, 31-Dec-99 23:59:59 GMT").unwrap() else { panic!() };
        assert_eq!(d.format, DateFormat::Rfc850);
        assert_eq!(retry_after("soon").unwrap_err(), "`soon` is neither delay-seconds nor an HTTP-date");
        for value in ["", "-1", "1.5", "+3", "120s", "1 20"] {
            assert!(retry_after(value).is_err(), "{value}");
        }
        let err = retry_after("Fri, 31 Dec 1999 23:59:59 UTC").unwrap_err();
        assert!(err.contains("instead of `GMT`"), "{err}");
    }

    // --- URI references, Location ---

    #[test]
    fn uris_from_rfc_3986() {
        for uri in [
            "ftp://ftp.is.co.za/rfc/rfc1808.txt",
            "http://www.ietf.org/rfc/rfc2396.txt",
            "ldap://[2001:db8::7]/c=GB?objectClass?one",
            "mailto:John.Doe@example.com",
            "news:comp.infosystems.www.servers.unix",
            "tel:+1-816-555-1212",
            "telnet://192.0.2.16:80/",
            "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
            "foo://example.com:8042/over/there?name=ferret#nose",
            "http://[v1.fe80::a+en1]/",
            "http://[::ffff:192.0.2.1]:8080/",
            "http://127.0.0.1:8080",
        ] {
            let r = uri_reference(uri).unwrap_or_else(|e| panic!("{uri}: {e}"));
            assert!(r.is_absolute(), "{uri}");
        }
    }

    #[test]
    fn relative_references_from_rfc_3986() {
        for rel in [
            "g",
            "./g",
            "g/",
            "/g",
            "//g",
            "?y",
            "g?y",
            "#s",
            "g#s",
            "g?y#s",
            ";x",
            "g;x",
            "g;x?y#s",
            "",
            ".",
            "./",
            "..",
            "../",
            "../g",
            "../..",
            "../../g",
            "./this:that",
            "/People.html#tim",
            "/a%20b?q=%C3%A9",
            "/~user/it's(1)*,;=:@",
            "?a=/b?c",
        ] {
            let r = uri_reference(rel).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert!(!r.is_absolute(), "{rel}");
        }
    }

    #[test]
    fn uri_components() {
        let r = uri_reference("http://user:pw@example.com:8080/a/b?q=1#frag").unwrap();
        assert_eq!(r.scheme, Some("http"));
        assert_eq!(r.authority, Some("user:pw@example.com:8080"));
        assert_eq!((r.path, r.query, r.fragment), ("/a/b", Some("q=1"), Some("frag")));
        let r = uri_reference("//g").unwrap();
        assert_eq!((r.scheme, r.authority, r.path), (None, Some("g"), ""));
        let r = uri_reference("/p?#").unwrap();
        assert_eq!((r.query, r.fragment), (Some(""), Some("")));
    }

    #[test]
    fn malformed_uri_references_fail() {
        let bad = [
            ("/a b", "space"),
            ("/<x>", "'<'"),
            ("/caf\u{e9}", "non-ascii"),
            ("/%zz", "percent-encoding"),
            ("/%4", "percent-encoding"),
            ("1http://x/", "scheme"),
            ("this:that:x/y z", "space"),
            ("http://exa mple.com/", "space"),
            ("http://[::1/", "]"),
            ("http://[zz::1]/", "ipv6"),
            ("http://[::1]x/", "ip-literal"),
            ("http://[v.x]/", "ipvfuture"),
            ("http://host:80a/", "port"),
            ("http://a@b@c/", "'@'"),
            ("/a#b#c", "fragment"),
            ("/a\"b", "'\"'"),
            ("/a\\b", "'\\\\'"),
            ("/{x}", "'{'"),
            ("/a|b", "'|'"),
            ("/a^b", "'^'"),
            ("/a?b c", "query"),
            ("/a\tb", "'\\t'"),
        ];
        for (value, why) in bad {
            let err = uri_reference(value).expect_err(value).to_lowercase();
            assert!(err.contains(why), "{value}: {err}");
        }
    }

    #[test]
    fn locations_absolute_or_relative_but_not_empty() {
        assert!(location("http://www.example.net/index.html").unwrap().is_absolute());
        assert_eq!(location("/People.html#tim").unwrap().path, "/People.html");
        assert!(!location("../up?x=1").unwrap().is_absolute());
        assert_eq!(location("").unwrap_err(), "an empty Location points nowhere");
        assert!(location("/new place").unwrap_err().contains("not a URI-reference: a space"));
    }

    // --- challenges ---

    fn param(name: &str, value: &str, quoted: bool) -> AuthParam {
        AuthParam { name: name.into(), value: value.into(), quoted }
    }

    #[test]
    fn a_basic_challenge() {
        let c = challenges("Basic realm=\"simple\"").unwrap();
        assert_eq!(
            c,
            [Challenge { scheme: "Basic".into(), token68: None, params: vec![param("realm", "simple", true)] }]
        );
        let c = challenges("Basic realm=\"WallyWorld\", charset=\"UTF-8\"").unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].param("CHARSET"), Some("UTF-8"));
        assert_eq!(challenges("basic realm = \"x\"").unwrap()[0].param("realm"), Some("x"));
        assert!(!challenges("Basic realm=simple").unwrap()[0].params[0].quoted);
    }

    #[test]
    fn the_rfc_9110_example_is_two_challenges() {
        let c = challenges(r#"Basic realm="simple", Newauth realm="apps", type=1, title="Login to \"apps\"""#).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].params, [param("realm", "simple", true)]);
        assert_eq!(c[1].scheme, "Newauth");
        assert_eq!(
            c[1].params,
            [param("realm", "apps", true), param("type", "1", false), param("title", "Login to \"apps\"", true)]
        );
    }

    #[test]
    fn commas_between_challenges_and_params() {
        let c = challenges(r#"Basic realm="a", Bearer realm="b", error="x""#).unwrap();
        assert_eq!(c.iter().map(|c| c.scheme.as_str()).collect::<Vec<_>>(), ["Basic", "Bearer"]);
        assert_eq!(c[1].params.len(), 2);
        let c = challenges(r#", Basic realm="a",, Bearer , Negotiate"#).unwrap();
        assert_eq!(c.iter().map(|c| c.scheme.as_str()).collect::<Vec<_>>(), ["Basic", "Bearer", "Negotiate"]);
        let c = challenges(
            r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#,
        )
        .unwrap();
        assert_eq!((c.len(), c[0].param("error")), (1, Some("invalid_token")));
        let c = challenges("Basic realm=\"a\", error = \"x\"").unwrap();
        assert_eq!((c.len(), c[0].params.len()), (1, 2));
    }

    #[test]
    fn token68_challenges() {
        let c = challenges("Bearer abc.def-ghi_jkl~mno+pqr/stu==").unwrap();
        assert_eq!(c[0].token68.as_deref(), Some("abc.def-ghi_jkl~mno+pqr/stu=="));
        let c = challenges("Newauth abc=, Basic realm=\"x\"").unwrap();
        assert_eq!((c.len(), c[0].token68.as_deref()), (2, Some("abc=")));
        let c = challenges("Negotiate").unwrap();
        assert_eq!((c[0].token68.clone(), c[0].params.len()), (None, 0));
    }

    #[test]
    fn malformed_challenges_fail() {
        let bad = [
            ("", "no challenge"),
            (" , ", "no challenge"),
            ("realm=\"x\"", "follows the auth-scheme"),
            ("Basic realm=\"open", "unterminated"),
            ("Basic realm=\"a\" charset=\"b\"", "instead of a comma"),
            ("Basic realm=\"a\", realm=\"b\"", "twice"),
            ("Basic \"quoted\"", "auth-param"),
            ("Basic realm=a b", "instead of a comma"),
            ("Basic a=b, =c", "does not start with an auth-scheme"),
            ("\"Basic\"", "auth-scheme"),
            ("Basic realm=;", "neither a token nor a quoted-string"),
        ];
        for (value, why) in bad {
            let err = challenges(value).expect_err(value);
            assert!(err.contains(why), "{value}: {err}");
        }
    }

    // --- Allow, Upgrade, Connection ---

    #[test]
    fn allow_lists_methods_case_sensitively() {
        assert_eq!(allow("GET, HEAD,POST").unwrap(), ["GET", "HEAD", "POST"]);
        assert_eq!(allow("GET,, HEAD ,").unwrap(), ["GET", "HEAD"]);
        assert_eq!(allow("").unwrap(), Vec::<&str>::new());
        assert!(!allow("get").unwrap().contains(&"GET"));
        assert!(allow("GET HEAD").unwrap_err().contains("`GET HEAD` is not a method"));
        assert!(allow("GET, \"HEAD\"").is_err());
        assert!(allow("GET; HEAD").is_err());
    }

    #[test]
    fn upgrade_protocols() {
        let p = upgrade("HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11").unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(p[3], Protocol { name: "RTA", version: Some("x11") });
        assert_eq!(upgrade("websocket").unwrap(), [Protocol { name: "websocket", version: None }]);
        assert_eq!(upgrade("h2c,  websocket").unwrap().len(), 2);
        for value in ["web socket", "a/b/c", "/1", "a/", "tls/1.3 x"] {
            assert!(upgrade(value).is_err(), "{value}");
        }
    }

    #[test]
    fn connection_options_are_case_insensitive() {
        assert_eq!(connection_options("keep-alive, Upgrade").unwrap(), ["keep-alive", "Upgrade"]);
        assert!(connection_has("keep-alive, Upgrade", "upgrade").unwrap());
        assert!(connection_has("CLOSE", "close").unwrap());
        assert!(!connection_has("keep-alive", "close").unwrap());
        assert!(!connection_has("", "close").unwrap());
        assert!(connection_has("close upgrade", "close").is_err());
    }

    // --- entity tags ---

    fn tag(weak: bool, opaque: &str) -> EntityTag {
        EntityTag { weak, opaque: opaque.into() }
    }

    #[test]
    fn entity_tags_strong_weak_and_odd() {
        assert_eq!(entity_tag("\"xyzzy\"").unwrap(), tag(false, "xyzzy"));
        assert_eq!(entity_tag("W/\"xyzzy\"").unwrap(), tag(true, "xyzzy"));
        assert_eq!(entity_tag("\"\"").unwrap(), tag(false, ""));
        assert_eq!(entity_tag("\"a,b\"").unwrap(), tag(false, "a,b"));
        assert_eq!(entity_tag("\"33a64df551425fcc55e4d42a148795d9f25f89d4\"").unwrap().opaque.len(), 40);
        assert!(entity_tag("w/\"x\"").unwrap_err().contains("case-sensitive"));
        for value in ["xyzzy", "\"a\"b", "\"a b\"", "\"open", "W/ \"x\"", "\"a\\\"b\"", "'x'", ""] {
            assert!(entity_tag(value).is_err(), "{value}");
        }
    }

    #[test]
    fn if_none_match_lists() {
        assert_eq!(if_none_match("*").unwrap(), IfNoneMatch::Any);
        assert_eq!(if_none_match("\"xyzzy\"").unwrap(), IfNoneMatch::Tags(vec![tag(false, "xyzzy")]));
        let IfNoneMatch::Tags(t) = if_none_match("\"xyzzy\", \"r2d2xxxx\", \"c3piozzzz\"").unwrap() else { panic!() };
        assert_eq!(t.len(), 3);
        let IfNoneMatch::Tags(t) = if_none_match("W/\"xyzzy\", W/\"r2d2xxxx\"").unwrap() else { panic!() };
        assert!(t.iter().all(|t| t.weak));
        assert_eq!(entity_tags("\"a,b\",,\"c\"").unwrap(), [tag(false, "a,b"), tag(false, "c")]);
        assert!(if_none_match("xyzzy").is_err());
        assert!(if_none_match("\"a\" \"b\"").unwrap_err().contains("instead of a comma"));
        assert!(if_none_match("*, \"a\"").is_err());
    }

    #[test]
    fn entity_tag_comparison_table_of_rfc_9110() {
        let rows = [
            (tag(true, "1"), tag(true, "1"), false, true),
            (tag(true, "1"), tag(true, "2"), false, false),
            (tag(true, "1"), tag(false, "1"), false, true),
            (tag(false, "1"), tag(false, "1"), true, true),
        ];
        for (a, b, strong, weak) in rows {
            assert_eq!(strong_match(&a, &b), strong, "{a:?} {b:?}");
            assert_eq!(weak_match(&a, &b), weak, "{a:?} {b:?}");
            assert_eq!(strong_match(&b, &a), strong);
        }
    }

    // --- Content-Range, Range ---

    #[test]
    fn content_ranges_from_the_rfc() {
        let r = content_range("bytes 21010-47021/47022").unwrap();
        assert_eq!(
            r,
            ContentRange::Satisfied { unit: "bytes".into(), first: 21010, last: 47021, complete: Some(47022) }
        );
        assert_eq!(r.len(), Some(26012));
        let r = content_range("bytes 42-1233/*").unwrap();
        assert!(matches!(r, ContentRange::Satisfied { complete: None, .. }));
        assert_eq!(
            content_range("bytes */47022").unwrap(),
            ContentRange::Unsatisfied { unit: "bytes".into(), complete: 47022 }
        );
        assert_eq!(content_range("Bytes 0-0/1").unwrap().len(), Some(1));
        assert_eq!(content_range("items 1-2/3").unwrap().len(), Some(2));
        assert_eq!(
            content_range("pages chapter-3").unwrap(),
            ContentRange::Other { unit: "pages".into(), rest: "chapter-3".into() }
        );
    }

    #[test]
    fn malformed_content_ranges_fail() {
        let bad = [
            ("bytes 5-4/10", "before first-pos"),
            ("bytes 0-10/10", "not beyond last-pos"),
            ("bytes 0-9", "no `/`"),
            ("bytes=0-9/10", "unit sp range"),
            ("bytes -1-9/10", "first-pos"),
            ("bytes 0-9/x", "complete-length"),
            ("bytes */*", "complete-length"),
            ("bytes  0-9/10", "first-pos"),
            ("bytes 0 - 9/10", "first-pos"),
            ("by/tes 0-9/10", "range-unit"),
            ("bytes 0-99999999999999999999/*", "too large"),
        ];
        for (value, why) in bad {
            let err = content_range(value).expect_err(value).to_lowercase();
            assert!(err.contains(why), "{value}: {err}");
        }
    }

    #[test]
    fn range_headers_from_the_rfc() {
        let r = |v: &str| range_header(v).unwrap_or_else(|e| panic!("{v}: {e}")).specs;
        assert_eq!(r("bytes=0-499"), [RangeSpec::Int { first: 0, last: Some(499) }]);
        assert_eq!(r("bytes=9500-"), [RangeSpec::Int { first: 9500, last: None }]);
        assert_eq!(r("bytes=-500"), [RangeSpec::Suffix(500)]);
        assert_eq!(r("bytes=0-0,-1"), [RangeSpec::Int { first: 0, last: Some(0) }, RangeSpec::Suffix(1)]);
        assert_eq!(r("bytes= 0-999, 4500-5499, -1000").len(), 3);
        assert_eq!(r("bytes=500-600,601-999").len(), 2);
        assert_eq!(r("bytes=500-700,601-999").len(), 2);
        assert_eq!(r("BYTES=0-"), [RangeSpec::Int { first: 0, last: None }]);
        assert_eq!(r("rows=a..b"), [RangeSpec::Other("a..b".into())]);
        for value in
            ["bytes=5-2", "bytes=", "bytes=,", "bytes=abc", "bytes 0-1", "bytes=--1", "bytes=1-2-3", "bytes=-", "=0-1"]
        {
            assert!(range_header(value).is_err(), "{value}");
        }
    }

    #[test]
    fn satisfiable_ranges() {
        let sat = |v: &str, len: u64| range_header(v).unwrap().satisfiable(len);
        assert!(sat("bytes=0-", 10));
        assert!(!sat("bytes=10-", 10));
        assert!(sat("bytes=9-100", 10));
        assert!(sat("bytes=-5", 0)); // the only satisfiable form for an empty representation
        assert!(!sat("bytes=0-", 0));
        assert!(!sat("bytes=-0", 10));
        assert!(!sat("bytes=20-30, -0", 10));
        assert!(sat("bytes=20-30, 5-6", 10));
        assert!(!sat("rows=1-2", 10));
        let resolve = |v: &str, len: u64| range_header(v).unwrap().resolve(len);
        assert_eq!(resolve("bytes=0-0,-1", 10000), [(0, 0), (9999, 9999)]);
        assert_eq!(resolve("bytes=-500", 100), [(0, 99)]);
        assert_eq!(resolve("bytes=9500-", 10000), [(9500, 9999)]);
        assert_eq!(resolve("bytes=5-100, 50-60", 10), [(5, 9)]);
        assert_eq!(resolve("bytes=-5", 0), []);
    }

    // --- Link, media types ---

    #[test]
    fn links_from_rfc_8288_and_8297() {
        let l = link("<http://example.com/TheBook/chapter2>; rel=\"previous\"; title=\"previous chapter\"").unwrap();
        assert_eq!(l[0].target, "http://example.com/TheBook/chapter2");
        assert_eq!((l[0].param("rel"), l[0].param("Title")), (Some("previous"), Some("previous chapter")));
        assert_eq!(link("</>; rel=\"http://example.net/foo\"").unwrap()[0].rels(), ["http://example.net/foo"]);
        assert_eq!(link("</terms>; rel=\"copyright\"; anchor=\"#foo\"").unwrap()[0].param("anchor"), Some("#foo"));
        let l = link("<http://example.org/>; rel=\"start http://example.net/relation/other\"").unwrap();
        assert_eq!(l[0].rels(), ["start", "http://example.net/relation/other"]);
        let l = link("<https://example.org/>; rel=\"start\", <https://example.org/index>; rel=\"index\"").unwrap();
        assert_eq!(l.len(), 2);
        let l = link("</style.css>; rel=preload; as=style, </script.js>; rel=preload; as=script").unwrap();
        assert_eq!((l[1].target.as_str(), l[1].param("as")), ("/script.js", Some("script")));
        assert_eq!(link("</x>;rel=preload").unwrap()[0].rels(), ["preload"]);
        assert_eq!(link("</x> ; REL = Preload ; crossorigin").unwrap()[0].params[1], ("crossorigin".into(), None));
        let l = link("</a,b>; rel=x, </c>; rel=y").unwrap();
        assert_eq!((l[0].target.as_str(), l[1].target.as_str()), ("/a,b", "/c"));
    }

    #[test]
    fn malformed_links_fail() {
        let bad = [
            ("/style.css; rel=preload", "does not start with `<`"),
            ("</style.css>", "no `rel`"),
            ("</style.css>; as=style", "no `rel`"),
            ("</a b>; rel=preload", "a space"),
            ("</x>; rel=a; rel=b", "more than one"),
            ("</x>; rel=\"open", "unterminated"),
            ("</x>; rel=preload junk", "where a `;`"),
            ("</x; rel=preload", "no `>`"),
            ("</x>; rel=\"\"", "empty `rel`"),
            ("</x>; ; rel=a", "empty link-param"),
            ("", "no link-value"),
        ];
        for (value, why) in bad {
            let err = link(value).expect_err(value);
            assert!(err.contains(why), "{value}: {err}");
        }
    }

    #[test]
    fn media_types_written_every_way() {
        for value in [
            "text/html;charset=utf-8",
            "text/html;charset=UTF-8",
            "Text/HTML;Charset=\"utf-8\"",
            "text/html; charset=\"utf-8\"",
            "text/html ;charset=utf-8",
            "text/html;;charset=utf-8",
        ] {
            let m = media_type(value).unwrap_or_else(|e| panic!("{value}: {e}"));
            assert_eq!(m.essence(), "text/html", "{value}");
            assert!(m.param("charset").unwrap().eq_ignore_ascii_case("utf-8"), "{value}");
        }
        assert_eq!(media_type("application/json").unwrap().params, []);
        assert_eq!(media_type("application/problem+json").unwrap().subtype, "problem+json");
        assert_eq!(media_type("multipart/form-data; boundary=\"a b\"").unwrap().param("boundary"), Some("a b"));
    }

    #[test]
    fn malformed_media_types_fail() {
        for value in [
            "text",
            "text/",
            "/html",
            "text /html",
            "text/ html",
            "text/html; charset",
            "text/html; charset = utf-8",
            "text/html; charset=\"utf-8",
            "text/html charset=utf-8",
            "text/html; charset=utf 8",
            "",
        ] {
            assert!(media_type(value).is_err(), "{value}");
        }
    }

    // --- framing ---

    fn head(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    }

    #[test]
    fn content_length_frames_a_body() {
        let f = framing(&head(&[("Content-Length", "5")]), 200, "GET", Some(5)).unwrap();
        assert_eq!((f.body, f.content_length, f.repeated_content_length), (BodyLength::Length(5), Some(5), false));
        let f = framing(&head(&[("content-length", "5, 5")]), 200, "GET", Some(5)).unwrap();
        assert!(f.repeated_content_length);
        let f = framing(&head(&[("Content-Length", "5"), ("Content-Length", "5")]), 200, "GET", None).unwrap();
        assert_eq!((f.body, f.repeated_content_length), (BodyLength::Length(5), true));
        let err = framing(&head(&[("Content-Length", "5")]), 200, "GET", Some(4)).unwrap_err();
        assert_eq!(err, "Content-Length is 5, but 4 body bytes came");
        assert_eq!(framing(&[], 200, "GET", Some(3)).unwrap().body, BodyLength::UntilClose);
    }

    #[test]
    fn bad_content_lengths_fail() {
        let err = framing(&head(&[("Content-Length", "")]), 200, "GET", None).unwrap_err();
        assert_eq!(err, "Content-Length `` is not 1*DIGIT");
        for value in ["+5", "-1", "", "0x5", "five", "5,", "5 5", "99999999999999999999999"] {
            assert!(framing(&head(&[("Content-Length", value)]), 200, "GET", None).is_err(), "{value}");
        }
        let err = framing(&head(&[("Content-Length", "5, 6")]), 200, "GET", None).unwrap_err();
        assert!(err.contains("differing values 5, 6"), "{err}");
        let err = framing(&head(&[("Content-Length", "5"), ("Content-Length", "6")]), 200, "GET", None).unwrap_err();
        assert!(err.contains("differing"), "{err}");
    }

    #[test]
    fn transfer_encoding_frames_a_body() {
        let te = |v: &str| framing(&head(&[("Transfer-Encoding", v)]), 200, "GET", None);
        assert_eq!(te("chunked").unwrap().body, BodyLength::Chunked);
        assert_eq!(te("Chunked").unwrap().body, BodyLength::Chunked);
        let f = te("gzip, chunked").unwrap();
        assert_eq!((f.body, f.transfer_codings), (BodyLength::Chunked, vec!["gzip".into(), "chunked".into()]));
        assert_eq!(te("chunked, gzip").unwrap().body, BodyLength::UntilClose);
        assert_eq!(te("gzip;level=\"9\" , chunked").unwrap().body, BodyLength::Chunked);
        let two = head(&[("Transfer-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]);
        assert_eq!(framing(&two, 200, "GET", None).unwrap().body, BodyLength::Chunked);
        assert!(te("chunked, chunked").unwrap_err().contains("more than once"));
        assert!(te("").unwrap_err().contains("names no transfer coding"));
        assert!(te("chunked;").is_err());
        assert!(te("chun ked").is_err());
        let both = head(&[("Transfer-Encoding", "chunked"), ("Content-Length", "5")]);
        assert!(framing(&both, 200, "GET", None)
            .unwrap_err()
            .contains("MUST NOT send Content-Length with Transfer-Encoding"));
    }

    #[test]
    fn no_length_fields_on_1xx_and_204() {
        let cl0 = head(&[("Content-Length", "0")]);
        let te = head(&[("Transfer-Encoding", "chunked")]);
        assert!(framing(&cl0, 204, "GET", None).unwrap_err().contains("Content-Length in a 204"));
        assert!(framing(&te, 204, "GET", None).unwrap_err().contains("Transfer-Encoding in a 204"));
        assert!(framing(&cl0, 100, "GET", None).unwrap_err().contains("1xx"));
        assert!(framing(&te, 101, "GET", None).unwrap_err().contains("1xx"));
        assert!(framing(&cl0, 103, "GET", None).is_err());
        assert_eq!(framing(&[], 204, "GET", Some(0)).unwrap().body, BodyLength::None);
        assert_eq!(framing(&[], 204, "GET", Some(3)).unwrap_err(), "a 204 has no content, but 3 body bytes came");
        assert!(framing(&cl0, 200, "CONNECT", None).unwrap_err().contains("CONNECT"));
        assert_eq!(framing(&[], 200, "CONNECT", None).unwrap().body, BodyLength::Tunnel);
        assert_eq!(framing(&cl0, 407, "CONNECT", None).unwrap().body, BodyLength::Length(0));
    }

    #[test]
    fn head_and_304_lengths_describe_another_response() {
        let f = framing(&head(&[("Content-Length", "10")]), 304, "GET", Some(0)).unwrap();
        assert_eq!((f.body, f.content_length), (BodyLength::None, Some(10)));
        assert!(declared_length_matches(&f, 10).is_ok());
        assert_eq!(
            declared_length_matches(&f, 11).unwrap_err(),
            "Content-Length is 10, but the full response has 11 bytes"
        );
        assert!(declared_length_matches(&framing(&[], 304, "GET", None).unwrap(), 11).is_ok());
        let f = framing(&head(&[("Content-Length", "100")]), 200, "HEAD", Some(0)).unwrap();
        assert_eq!(f.body, BodyLength::None);
        let err = framing(&head(&[("Content-Length", "5")]), 200, "HEAD", Some(5)).unwrap_err();
        assert_eq!(err, "a response to HEAD has no content, but 5 body bytes came");
        assert_eq!(
            framing(&head(&[("Transfer-Encoding", "chunked")]), 304, "GET", None).unwrap().body,
            BodyLength::None
        );
    }

    // --- chunked ---

    const WIKI: &[u8] = b"4\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\n\r\n";

    #[test]
    fn dechunks_and_reports_what_it_took() {
        let d = dechunk(WIKI).unwrap().unwrap();
        assert_eq!(d.body, b"Wikipedia in\r\n\r\nchunks.");
        assert_eq!(d.consumed, WIKI.len());
        assert!(d.trailers.is_empty() && d.extensions.is_empty());
        let mut more = WIKI.to_vec();
        more.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        assert_eq!(dechunk(&more).unwrap().unwrap().consumed, WIKI.len());
        assert_eq!(dechunk(b"000\r\n\r\n").unwrap().unwrap().body, b"");
        assert_eq!(dechunk(b"A\r\n0123456789\r\n0\r\n\r\n").unwrap().unwrap().body, b"0123456789");
    }

    #[test]
    fn every_prefix_of_a_valid_body_is_incomplete() {
        let full: &[u8] = b"5;name=value;flag\r\nhello\r\n0;x=\"q\"\r\nExpires: Wed, 21 Oct 2015 07:28:00 GMT\r\n\r\n";
        for n in 0..full.len() {
            assert_eq!(dechunk(&full[..n]), Ok(None), "prefix of {n} bytes");
        }
        for n in 0..WIKI.len() {
            assert_eq!(dechunk(&WIKI[..n]), Ok(None), "prefix of {n} bytes");
        }
        let d = dechunk(full).unwrap().unwrap();
        assert_eq!(d.trailers, [("Expires".to_string(), "Wed, 21 Oct 2015 07:28:00 GMT".to_string())]);
        assert_eq!(
            d.extensions,
            [("name".into(), Some("value".into())), ("flag".into(), None), ("x".into(), Some("q".into()))]
        );
    }

    #[test]
    fn chunk_extensions_allow_bws() {
        let d = dechunk(b"5 ; a = b\t;c\r\nhello\r\n0\r\n\r\n").unwrap().unwrap();
        assert_eq!(d.extensions, [("a".into(), Some("b".into())), ("c".into(), None)]);
    }

    #[test]
    fn malformed_chunked_bodies_fail() {
        let bad: [(&[u8], &str); 13] = [
            (b"5\nhello\r\n0\r\n\r\n", "bare LF"),
            (b"x\r\n", "chunk-size"),
            (b"-5\r\n", "chunk-size"),
            (b"5\r\nhelloX\r\n", "not followed by CRLF"),
            (b"5\r\nhello\n0\r\n\r\n", "not followed by CRLF"),
            (b"5;\r\nhello\r\n", "no name"),
            (b"5 junk\r\nhello\r\n", "follows the chunk-size"),
            (b"5;a=\"open\r\nhello\r\n", "unterminated"),
            (b"0\r\nbad trailer\r\n\r\n", "no `:`"),
            (b"0\r\n folded: x\r\n\r\n", "obs-fold"),
            (b"0\r\nX: a\x01b\r\n\r\n", "control byte"),
            (b"ffffffffffffffffffff\r\n", "too large"),
            (b"5\r\nhello\r\n0\r\n\n", "bare LF"),
        ];
        for (value, why) in bad {
            let err = dechunk(value).expect_err(&String::from_utf8_lossy(value));
            assert!(err.contains(why), "{:?}: {err}", String::from_utf8_lossy(value));
        }
        assert!(dechunk(&[b'5'; MAX_LINE + 2]).unwrap_err().contains("no CRLF"));
        assert!(dechunk(b"6\r\nhel\rlo\r\n0\r\n\r\n").unwrap().unwrap().body == b"hel\rlo");
        // chunk data is opaque
    }

    // --- WebSocket ---

    #[test]
    fn frames_from_rfc_6455_5_7() {
        let (f, n) = parse_server_frame(&[0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f]).unwrap().unwrap();
        assert_eq!((f.fin, f.opcode, f.payload.as_slice(), n), (true, Opcode::Text, b"Hello".as_slice(), 7));
        let (f, _) = parse_server_frame(&[0x01, 0x03, 0x48, 0x65, 0x6c]).unwrap().unwrap();
        assert_eq!((f.fin, f.opcode), (false, Opcode::Text));
        let (f, _) = parse_server_frame(&[0x80, 0x02, 0x6c, 0x6f]).unwrap().unwrap();
        assert_eq!((f.fin, f.opcode, f.payload.as_slice()), (true, Opcode::Continuation, b"lo".as_slice()));
        let (f, _) = parse_server_frame(&[0x8a, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f]).unwrap().unwrap();
        assert_eq!(f.opcode, Opcode::Pong);
        let mut big = vec![0x82, 0x7e, 0x01, 0x00];
        big.extend([7u8; 256]);
        let (f, n) = parse_server_frame(&big).unwrap().unwrap();
        assert_eq!((f.payload.len(), n), (256, 260));
        let mut huge = vec![0x82, 0x7f, 0, 0, 0, 0, 0, 1, 0, 0];
        huge.extend(vec![0u8; 65536]);
        assert_eq!(parse_server_frame(&huge).unwrap().unwrap().0.payload.len(), 65536);
        for n in 0..big.len() {
            assert_eq!(parse_server_frame(&big[..n]), Ok(None), "prefix of {n} bytes");
        }
        let mut two = vec![0x89, 0x00];
        two.extend_from_slice(&[0x81, 0x00]);
        assert_eq!(parse_server_frame(&two).unwrap().unwrap().1, 2);
    }

    #[test]
    fn client_frames_are_masked_with_the_minimal_length() {
        let hello = encode_client_frame(Opcode::Text, b"Hello", [0x37, 0xfa, 0x21, 0x3d]);
        assert_eq!(hello, [0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58]);
        assert!(parse_server_frame(&hello).unwrap_err().contains("MUST NOT mask"));
        assert_eq!(encode_client_frame(Opcode::Binary, &[0; 125], [0; 4])[..2], [0x82, 0xfd]);
        assert_eq!(encode_client_frame(Opcode::Binary, &[0; 126], [0; 4])[..4], [0x82, 0xfe, 0x00, 0x7e]);
        assert_eq!(encode_client_frame(Opcode::Binary, &[0; 65535], [0; 4])[..4], [0x82, 0xfe, 0xff, 0xff]);
        let f = encode_client_frame(Opcode::Binary, &vec![1; 65536], [1, 2, 3, 4]);
        assert_eq!(f[..10], [0x82, 0xff, 0, 0, 0, 0, 0, 1, 0, 0]);
        assert_eq!(f.len(), 10 + 4 + 65536);
        assert_eq!(f[14..18], [0, 3, 2, 5]);
        let close = encode_client_frame(Opcode::Close, &1000u16.to_be_bytes(), [9, 9, 9, 9]);
        assert_eq!(close[..2], [0x88, 0x82]);
    }

    #[test]
    fn close_frames() {
        let (f, _) = parse_server_frame(b"\x88\x05\x03\xe8bye").unwrap().unwrap();
        assert_eq!((f.close_code(), f.close_reason()), (Some(1000), Some("bye")));
        let (f, _) = parse_server_frame(&[0x88, 0x00]).unwrap().unwrap();
        assert_eq!(f.close_code(), None);
        assert!(parse_server_frame(&[0x88, 0x02, 0x0f, 0xa0]).is_ok()); // 4000, private use
        assert!(parse_server_frame(&[0x88, 0x01, 0x03]).unwrap_err().contains("one byte"));
        assert!(parse_server_frame(&[0x88, 0x02, 0x03, 0xed]).unwrap_err().contains("close code 1005"));
        assert!(parse_server_frame(&[0x88, 0x02, 0x03, 0xe7]).unwrap_err().contains("close code 999"));
        assert!(parse_server_frame(&[0x88, 0x04, 0x03, 0xe8, 0xff, 0xfe]).unwrap_err().contains("UTF-8"));
        let valid: Vec<u16> = (0..6000).filter(|&c| is_valid_close_code(c)).collect();
        assert_eq!(valid.len(), 4 + 8 + 2000);
        assert!(!is_valid_close_code(1004) && !is_valid_close_code(1006) && !is_valid_close_code(1015));
    }

    #[test]
    fn malformed_server_frames_fail() {
        let bad: [(&[u8], &str); 10] = [
            (&[0xc1, 0x00], "RSV"),
            (&[0x83, 0x00], "reserved"),
            (&[0x8b, 0x00], "reserved"),
            (&[0x89, 0x7e, 0x00, 0x7e], "at most 125"),
            (&[0x09, 0x00], "fragmented"),
            (&[0x81, 0x02, 0xff, 0xfe], "not UTF-8"),
            (&[0x82, 0x7e, 0x00, 0x05], "minimal"),
            (&[0x82, 0x7f, 0, 0, 0, 0, 0, 0, 0, 5], "minimal"),
            (&[0x82, 0x7f, 0x80, 0, 0, 0, 0, 0, 0, 0], "most significant bit"),
            (&[0x81, 0x80, 0, 0, 0, 0], "MUST NOT mask"),
        ];
        for (bytes, why) in bad {
            let err = parse_server_frame(bytes).expect_err(&format!("{bytes:02x?}"));
            assert!(err.contains(why), "{bytes:02x?}: {err}");
        }
        // A fragment may end inside a UTF-8 sequence.
        assert!(parse_server_frame(&[0x01, 0x02, 0x48, 0xc3]).is_ok());
    }

    #[test]
    fn websocket_accept_from_rfc_6455() {
        assert_eq!(websocket_accept("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        assert!(is_websocket_key("dGhlIHNhbXBsZSBub25jZQ=="));
        assert!(!is_websocket_key("abc") && !is_websocket_key("dGhlIHNhbXBsZSBub25j") && !is_websocket_key(""));
        assert_eq!(Opcode::from_code(0x9), Some(Opcode::Ping));
        assert_eq!(Opcode::from_code(0x3), None);
        assert!(Opcode::Close.is_control() && !Opcode::Binary.is_control());
    }

    #[test]
    fn web_locations_need_a_host() {
        assert!(location("http:/no-host").unwrap_err().contains("no host"));
        assert!(location("https://user@:443/x").unwrap_err().contains("no host"));
        assert!(location("HTTP://[::1]:8080/x").is_ok());
        assert!(location(" http://127.0.0.1:8080/new ").is_ok());
        assert!(location("urn:isbn:0451450523").is_ok());
    }

    #[test]
    fn no_transfer_encoding_to_http10() {
        let chunked = framing(&head(&[("Transfer-Encoding", "chunked")]), 200, "GET", None).unwrap();
        let err = no_transfer_encoding_for_http10(&chunked).unwrap_err();
        assert!(err.contains("Transfer-Encoding: chunked"), "{err}");
        let plain = framing(&head(&[("Content-Length", "2")]), 200, "GET", Some(2)).unwrap();
        assert!(no_transfer_encoding_for_http10(&plain).is_ok());
    }

    #[test]
    fn trailer_names_with_bad_bytes_fail_cleanly() {
        let err = dechunk(b"0\r\nb\xffd: x\r\n\r\n").unwrap_err();
        assert!(err.contains("not a field-name"), "{err}");
        let err = dechunk(b"0\r\n\xff\xfe\xfd\xfc: x\r\n\r\n").unwrap_err();
        assert!(err.contains("not a field-name"), "{err}");
    }

    #[test]
    fn imf_fixdate_ignores_surrounding_ows() {
        assert!(is_imf_fixdate(" Wed, 02 Dec 2026 09:51:09 GMT\t"));
    }

    #[test]
    fn combined_fields_keep_wire_order() {
        let h = head(&[("Allow", "GET"), ("Content-Type", "text/plain"), ("allow", "HEAD, POST")]);
        assert_eq!(combined_field(&h, "ALLOW").as_deref(), Some("GET, HEAD, POST"));
        assert_eq!(allow(&combined_field(&h, "allow").unwrap()).unwrap(), ["GET", "HEAD", "POST"]);
        assert_eq!(combined_field(&h, "link"), None);
    }

    #[test]
    fn accept_ranges_units() {
        assert_eq!(accept_ranges("bytes").unwrap(), ["bytes"]);
        assert_eq!(accept_ranges("none").unwrap(), ["none"]);
        assert_eq!(accept_ranges("bytes, ,items").unwrap(), ["bytes", "items"]);
        assert!(accept_ranges("").unwrap_err().contains("no range unit"));
        assert!(accept_ranges("bytes=0-1").is_err());
    }

    /// Every parser on mutations of valid values: errors are fine, panics are not.
    #[test]
    fn no_parser_panics_on_mutated_input() {
        let seeds = [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "http://user@[::1]:80/a%20b?q#f",
            r#"Basic realm="a", Newauth realm="b", type=1, title="x\"y", Bearer abc=="#,
            r#"W/"a,b", "c""#,
            "bytes 0-9/10",
            "bytes=0-0,-1",
            r#"</a,b>; rel="preload x"; as=style, </c>; rel=y"#,
            r#"text/html; charset="utf-8""#,
            "HTTP/2.0, websocket",
        ];
        let alphabet: Vec<char> = "\"\\,;=: \t<>/[]@%#?*-0aZé\u{1}".chars().collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for seed in seeds {
            for _ in 0..400 {
                let mut chars: Vec<char> = seed.chars().collect();
                for _ in 0..1 + next(3) {
                    let at = next(chars.len() + 1);
                    match next(3) {
                        0 if at < chars.len() => {
                            chars.remove(at);
                        }
                        1 if at < chars.len() => chars[at] = alphabet[next(alphabet.len())],
                        _ => chars.insert(at, alphabet[next(alphabet.len())]),
                    }
                }
                let v: String = chars.into_iter().collect();
                let _ = (list(&v), parse_http_date(&v), imf_fixdate(&v), retry_after(&v));
                let _ = (uri_reference(&v), location(&v), challenges(&v), allow(&v));
                let _ = (upgrade(&v), connection_options(&v), entity_tag(&v), if_none_match(&v));
                let _ = (content_range(&v), range_header(&v).map(|r| r.resolve(5)), link(&v));
                let _ = (media_type(&v), accept_ranges(&v), quoted_string(&v));
                let _ = framing(&head(&[("Content-Length", &v), ("Transfer-Encoding", &v)]), 200, "GET", None);
                let _ = dechunk(v.as_bytes());
                let _ = parse_server_frame(v.as_bytes());
            }
        }
    }

    #[test]
    fn auth_params_may_open_with_empty_list_elements() {
        let c = challenges("Newauth , realm=\"apps\",, type=1").unwrap();
        assert_eq!((c.len(), c[0].param("type")), (1, Some("1")));
        let c = challenges("Negotiate , Basic realm=\"x\"").unwrap();
        assert_eq!(c.iter().map(|c| c.scheme.as_str()).collect::<Vec<_>>(), ["Negotiate", "Basic"]);
    }
}
