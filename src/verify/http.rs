//! A raw HTTP/1.1 client for verify. It sends the request a code needs and records every status
//! line it gets back, interim 1xx ones included, with the exact body bytes and anything sent
//! after them: the things curl-style clients hide. Heads are parsed with httparse.
//!
//! Everything read is bounded: the heads of a response (interim ones included) by `HEAD_LIMIT`,
//! the body by `BODY_LIMIT`, bytes after the response by `EXTRA_LIMIT`; a response that goes
//! past a limit fails as "response exceeds ..." instead of growing a buffer. Each read is
//! scanned once: the searches for the end of a head or of a chunk line resume where the last
//! one stopped.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::catalog::RequestSpec;
use crate::verify::grammar::{self, Frame, Opcode};

/// How long to wait for stray bytes after a response that should have ended.
const LINGER: Duration = Duration::from_millis(300);
/// How long a server that answered `Connection: close` gets to close the connection.
const CLOSE_WAIT: Duration = Duration::from_secs(1);
/// The longest a single read blocks before looking for an interrupt.
const SLICE: Duration = Duration::from_millis(100);
/// How long a client waits for `100 Continue` before sending the body anyway (RFC 9110 10.1.1).
const CONTINUE_WAIT: Duration = Duration::from_secs(2);
/// How long verify waits, half the body sent after a 100, for a final response that must not
/// come yet.
const HALF_BODY_PAUSE: Duration = Duration::from_millis(150);
/// The most bytes the response heads may take, interim responses and trailers included.
pub const HEAD_LIMIT: usize = 64 * 1024;
/// The largest body read (no example needs more than a few hundred bytes).
pub const BODY_LIMIT: usize = 1024 * 1024;
/// The most bytes kept of what follows a response that should have ended.
pub const EXTRA_LIMIT: usize = 64 * 1024;
/// The longest chunk-size line.
const CHUNK_LINE_LIMIT: usize = 4 * 1024;

#[derive(Debug, Clone)]
pub struct Head {
    pub status: u16,
    pub headers: Vec<(String, String)>,
}

impl Head {
    /// The first field line with this name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Every field line with this name, in order (RFC 9110 5.3 combines them with commas).
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }
}

#[derive(Debug, Clone)]
pub struct Exchange {
    /// Interim (1xx) responses, in order.
    pub interim: Vec<Head>,
    pub last: Head,
    /// The body, de-chunked.
    pub body: Vec<u8>,
    /// Bytes that arrived after the response should have ended (a body on a 204, say).
    pub extra: Vec<u8>,
    /// After a 101 to a WebSocket upgrade: how the server answered a text frame and a Close.
    pub talk: Option<Talk>,
    /// After a 100, bytes of the final response came while half the body was still unsent.
    pub answered_before_body: bool,
}

/// The WebSocket conversation after a 101 (RFC 6455 5, 7): verify sends one masked text frame,
/// then a Close; the server's answers, or why there was none.
#[derive(Debug, Clone)]
pub struct Talk {
    /// The first data frame the server sent after the text frame.
    pub reply: Result<Frame, String>,
    /// The server's Close, sent after (or in answer to) verify's Close.
    pub close: Result<Frame, String>,
}

/// The text verify sends over a WebSocket.
pub const WEBSOCKET_TEXT: &str = "hello from snippetgen";

#[derive(Debug)]
pub enum HttpError {
    Connect(std::io::Error),
    Timeout(&'static str, Vec<Head>),
    /// The connection closed before a final response; carries the interim heads seen.
    Closed(Vec<Head>),
    Malformed(String),
    /// A part of the response went past its limit: the part and the limit in bytes.
    TooLarge(&'static str, usize),
    Io(std::io::Error),
}

impl HttpError {
    /// The interim responses that came before the exchange broke off.
    pub fn interim(&self) -> &[Head] {
        match self {
            HttpError::Timeout(_, heads) | HttpError::Closed(heads) => heads,
            _ => &[],
        }
    }
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let interim = |heads: &Vec<Head>| {
            if heads.is_empty() {
                String::new()
            } else {
                let list: Vec<String> = heads.iter().map(|h| h.status.to_string()).collect();
                format!(" (after interim {})", list.join(", "))
            }
        };
        match self {
            HttpError::Connect(err) => write!(f, "cannot connect: {err}"),
            HttpError::Timeout(stage, heads) => write!(f, "no {stage} within the timeout{}", interim(heads)),
            HttpError::Closed(heads) if !heads.is_empty() => {
                write!(f, "the connection closed with no final response{}", interim(heads))
            }
            HttpError::Closed(_) => write!(f, "the connection closed with no response"),
            HttpError::Malformed(msg) => write!(f, "malformed response: {msg}"),
            HttpError::TooLarge(part, limit) => write!(f, "response exceeds {} ({part})", size(*limit)),
            HttpError::Io(err) => write!(f, "read failed: {err}"),
        }
    }
}

/// A byte count as a reader would write it: `64 KiB`, `1 MiB`.
fn size(bytes: usize) -> String {
    match bytes {
        b if b >= 1024 * 1024 && b % (1024 * 1024) == 0 => format!("{} MiB", b / (1024 * 1024)),
        b if b >= 1024 && b % 1024 == 0 => format!("{} KiB", b / 1024),
        b => format!("{b} bytes"),
    }
}

struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
    deadline: Instant,
    eof: bool,
    /// How far into `buf` the search for the end of a head has looked.
    scanned: usize,
    /// Bytes of heads (interim ones included) consumed so far.
    head_bytes: usize,
}

/// The offset just past the blank line that ends a head in `buf`, looking from `from` (a
/// line may end in CRLF or, as httparse accepts, a bare LF).
fn head_end(buf: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(at) = buf.get(i..)?.iter().position(|&b| b == b'\n') {
        let nl = i + at;
        match (buf.get(nl + 1), buf.get(nl + 2)) {
            (Some(b'\n'), _) => return Some(nl + 2),
            (Some(b'\r'), Some(b'\n')) => return Some(nl + 3),
            _ => i = nl + 1,
        }
    }
    None
}

impl Conn {
    /// Reads more bytes; false at end of stream. `until` caps the wait. Reads in short slices
    /// so that an interrupt (Ctrl-C) is seen while a server keeps us waiting.
    fn fill(&mut self, until: Instant) -> Result<bool, std::io::Error> {
        let until = until.min(self.deadline);
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if crate::verify::process::interrupted() {
                return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "interrupted"));
            }
            let now = Instant::now();
            if now >= until {
                return Err(std::io::ErrorKind::TimedOut.into());
            }
            self.stream.set_read_timeout(Some((until - now).min(SLICE)))?;
            match self.stream.read(&mut chunk) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(true);
                }
                Err(err) if matches!(err.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
                Err(err) => return Err(err),
            }
        }
    }

    /// Parses one response head from the buffer, reading as needed. httparse runs once the
    /// blank line that ends the head is in (or the stream ended), not on every read.
    fn head(&mut self, until: Instant, seen: &[Head], stage: &'static str) -> Result<Head, HttpError> {
        loop {
            let end = head_end(&self.buf, self.scanned.saturating_sub(2));
            // Also on the first bytes (a response that is not HTTP fails at once) and at the end.
            let whole_head = end.is_some() || self.eof;
            let complete = end.or(if self.eof || self.scanned == 0 { Some(self.buf.len()) } else { None });
            if let Some(end) = complete.filter(|&e| e > 0) {
                let mut headers = [httparse::EMPTY_HEADER; 96];
                let mut response = httparse::Response::new(&mut headers);
                match response.parse(&self.buf[..end]) {
                    Ok(httparse::Status::Complete(len)) => {
                        let head = Head {
                            status: response.code.unwrap_or(0),
                            headers: response
                                .headers
                                .iter()
                                .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).trim().to_string()))
                                .collect(),
                        };
                        self.buf.drain(..len);
                        self.head_bytes += len;
                        self.scanned = 0;
                        return Ok(head);
                    }
                    Ok(httparse::Status::Partial) => {}
                    // The first bytes of a head still coming may hold more header lines than
                    // there are slots: whether it is too many, or too large, shows at its end.
                    Err(httparse::Error::TooManyHeaders) if !whole_head => {}
                    Err(err) => {
                        return Err(HttpError::Malformed(format!("{err}; it begins {}", first_bytes(&self.buf))))
                    }
                }
            }
            self.scanned = end.unwrap_or(self.buf.len());
            if self.head_bytes + self.buf.len() > HEAD_LIMIT {
                return Err(HttpError::TooLarge("head", HEAD_LIMIT));
            }
            if self.eof {
                return Err(HttpError::Closed(seen.to_vec()));
            }
            match self.fill(until) {
                Ok(_) => {}
                Err(err) if err.kind() == std::io::ErrorKind::TimedOut => {
                    return Err(HttpError::Timeout(stage, seen.to_vec()))
                }
                Err(err) if seen.is_empty() && self.buf.is_empty() => return Err(HttpError::Io(err)),
                Err(_) => return Err(HttpError::Closed(seen.to_vec())),
            }
        }
    }

    /// Reads until end of stream, until `until`, or until `limit` bytes are buffered,
    /// whichever first; true if the limit was reached with more to come.
    fn drain_until(&mut self, until: Instant, limit: usize) -> (Vec<u8>, bool) {
        while !self.eof && self.buf.len() <= limit {
            match self.fill(until) {
                Ok(_) => {}
                // A reset after the response is a close too: the server closed with bytes of
                // ours unread (a request body its app never read arrived after it answered), so
                // the kernel sent RST instead of FIN. Whether it does depends on timing alone.
                Err(err) if err.kind() == std::io::ErrorKind::ConnectionReset => {
                    self.eof = true;
                    break;
                }
                Err(_) => break,
            }
        }
        let over = self.buf.len() > limit;
        self.buf.truncate(limit);
        (std::mem::take(&mut self.buf), over)
    }
}

/// Sends `request` (`GET`, or the method it names) for `path` to 127.0.0.1:`port` and reads the
/// whole exchange, on a connection of its own that it asks the server to close.
pub fn exchange(port: u16, path: &str, request: &RequestSpec, timeout: Duration) -> Result<Exchange, HttpError> {
    let mut conn = connect(port, timeout)?;
    send_and_read(&mut conn, port, path, request, false)
}

/// Sends `request` twice on one connection, the first time without `Connection: close`: a
/// persistent connection (RFC 9112 9.3) must answer both. The second is not sent when the first
/// response closes the connection (`Connection: close`); verify then waits for the server to
/// close it, as RFC 9112 9.6 requires, and keeps whatever came before that as the first
/// exchange's stray bytes.
pub fn exchange_pair(port: u16, path: &str, request: &RequestSpec, timeout: Duration) -> Result<Pair, HttpError> {
    let mut conn = connect(port, timeout)?;
    let mut first = send_and_read(&mut conn, port, path, request, true)?;
    let closes = first
        .last
        .values("connection")
        .iter()
        .any(|v| grammar::connection_options(v).is_ok_and(|o| o.iter().any(|t| t.eq_ignore_ascii_case("close"))));
    if closes {
        first.extra = conn.drain_until(Instant::now() + CLOSE_WAIT, EXTRA_LIMIT).0;
        return Ok(Pair { first, second: None, left_open: !conn.eof });
    }
    conn.deadline = Instant::now() + timeout;
    let second = send_and_read(&mut conn, port, path, request, false)?;
    Ok(Pair { first, second: Some(second), left_open: false })
}

/// Two requests on one connection.
pub struct Pair {
    pub first: Exchange,
    /// None when the first response closed the connection.
    pub second: Option<Exchange>,
    /// The first response said `Connection: close` and the server still held the connection
    /// open after CLOSE_WAIT.
    pub left_open: bool,
}

fn connect(port: u16, timeout: Duration) -> Result<Conn, HttpError> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let stream = TcpStream::connect_timeout(&address, timeout).map_err(HttpError::Connect)?;
    let _ = stream.set_nodelay(true);
    Ok(Conn { stream, buf: Vec::new(), deadline: Instant::now() + timeout, eof: false, scanned: 0, head_bytes: 0 })
}

/// What a request's first write carries, and whether the body waits for a `100 Continue`: the
/// head, and without `Expect: 100-continue` the body too, in one write, as curl and browsers send
/// a small request (written apart, whether the server has the body before it answers would
/// depend on how the two processes are scheduled). An HTTP/1.0 client knows no 100 (RFC 9110
/// 10.1.1): it sends the body at once.
fn first_write(port: u16, path: &str, request: &RequestSpec, keep_open: bool) -> (Vec<u8>, bool) {
    let mut head = format!("{} {path} {}\r\nHost: 127.0.0.1:{port}\r\n", request.method, request.version);
    let has = |name: &str| request.headers.keys().any(|k| k.eq_ignore_ascii_case(name));
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = &request.body {
        if !has("content-length") {
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
    }
    if !has("connection") && !keep_open {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let expects_continue = request.version != "HTTP/1.0"
        && request
            .headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("expect") && v.eq_ignore_ascii_case("100-continue"));
    let mut bytes = head.into_bytes();
    if let (Some(body), false) = (&request.body, expects_continue) {
        bytes.extend_from_slice(body.as_bytes());
    }
    (bytes, expects_continue)
}

/// One request and its response on `conn`. With `keep_open` the request does not ask to close
/// and nothing is read past the response, so the next one can follow on the same connection.
fn send_and_read(
    conn: &mut Conn,
    port: u16,
    path: &str,
    request: &RequestSpec,
    keep_open: bool,
) -> Result<Exchange, HttpError> {
    conn.head_bytes = 0;
    let (bytes, expects_continue) = first_write(port, path, request, keep_open);
    conn.stream.write_all(&bytes).map_err(HttpError::Io)?;
    let mut interim = Vec::new();
    let mut pending_final = None;
    let mut answered_before_body = false;
    if let Some(body) = &request.body {
        if expects_continue {
            // Hold the body back until the server answers 100 (or a final status, or a pause).
            match conn.head(Instant::now() + CONTINUE_WAIT, &interim, "response") {
                Ok(h) if h.status == 100 => interim.push(h),
                Ok(h) => pending_final = Some(h),
                Err(HttpError::Timeout(..)) => {}
                Err(err) => return Err(err),
            }
        }
        if pending_final.is_none() && !interim.is_empty() {
            // Invited: send half the body, pause, and see whether the server answers before
            // it has the rest (it must not: the final response comes after the body, 10.1.1).
            let (first, rest) = body.as_bytes().split_at(body.len() / 2);
            conn.stream.write_all(first).map_err(HttpError::Io)?;
            // Bytes already behind the 100 count too: a final response written with it.
            answered_before_body =
                !conn.buf.is_empty() || matches!(conn.fill(Instant::now() + HALF_BODY_PAUSE), Ok(true));
            conn.stream.write_all(rest).map_err(HttpError::Io)?;
        } else if pending_final.is_none() && expects_continue {
            // No 100 came within the wait: the body goes anyway (RFC 9110 10.1.1).
            conn.stream.write_all(body.as_bytes()).map_err(HttpError::Io)?;
        }
    }

    let last = loop {
        if let Some(h) = pending_final.take() {
            break h;
        }
        let h = conn.head(conn.deadline, &interim, "final response")?;
        if (100..200).contains(&h.status) && h.status != 101 {
            interim.push(h);
            continue;
        }
        break h;
    };
    // What follows a response that should have ended, unless the connection goes on.
    let after =
        |conn: &mut Conn| if keep_open { Vec::new() } else { conn.drain_until(Instant::now() + LINGER, EXTRA_LIMIT).0 };

    let websocket =
        request.headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("upgrade") && v.eq_ignore_ascii_case("websocket"));
    let (body, extra, talk) = if last.status == 101 && websocket {
        (Vec::new(), Vec::new(), Some(talk_websocket(conn)))
    } else if last.status == 101 {
        // The connection now speaks another protocol: keep what comes next.
        (Vec::new(), conn.drain_until(Instant::now() + LINGER, EXTRA_LIMIT).0, None)
    } else if matches!(last.status, 204 | 304) || request.method == "HEAD" {
        // No content by definition (RFC 9110 6.4.1): anything that follows is a fault.
        (Vec::new(), after(conn), None)
    } else if last.header("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        let body = read_chunked(conn)?;
        (body, after(conn), None)
    } else if let Some(length) = last.header("content-length") {
        let length: usize =
            length.parse().map_err(|_| HttpError::Malformed(format!("Content-Length `{length}` is not a number")))?;
        if length > BODY_LIMIT {
            return Err(HttpError::TooLarge("body, by its Content-Length", BODY_LIMIT));
        }
        while conn.buf.len() < length {
            match conn.fill(conn.deadline) {
                Ok(true) => {}
                Ok(false) => {
                    return Err(HttpError::Malformed(format!(
                        "the connection closed after {} of {length} body bytes",
                        conn.buf.len()
                    )))
                }
                Err(_) => return Err(HttpError::Timeout("complete body", interim)),
            }
        }
        let body: Vec<u8> = conn.buf.drain(..length).collect();
        (body, after(conn), None)
    } else {
        // Delimited by the end of the connection.
        let deadline = conn.deadline;
        let (body, over) = conn.drain_until(deadline, BODY_LIMIT);
        if over {
            return Err(HttpError::TooLarge("body", BODY_LIMIT));
        }
        if !conn.eof {
            return Err(HttpError::Timeout("end of the body (no Content-Length, connection left open)", interim));
        }
        (body, Vec::new(), None)
    };
    Ok(Exchange { interim, last, body, extra, talk, answered_before_body })
}

/// After a 101 to WebSocket: sends a masked text frame and waits for a data frame, then sends a
/// Close (1000) and waits for the server's Close. Pings and pongs in between are passed over.
fn talk_websocket(conn: &mut Conn) -> Talk {
    let mask = [0x5a, 0x17, 0xc3, 0x2e];
    let text = grammar::encode_client_frame(Opcode::Text, WEBSOCKET_TEXT.as_bytes(), mask);
    if let Err(err) = conn.stream.write_all(&text) {
        let why = format!("sending a text frame failed: {err}");
        return Talk { reply: Err(why.clone()), close: Err(why) };
    }
    let reply = match next_frame(conn, |f| !f.opcode.is_control() || f.opcode == Opcode::Close) {
        Ok(f) if f.opcode == Opcode::Close => {
            let why = format!("the server sent Close ({}) instead of a reply", f.close_code().unwrap_or(1005));
            return Talk { reply: Err(why), close: Ok(f) };
        }
        other => other,
    };
    let close = grammar::encode_client_frame(Opcode::Close, &1000u16.to_be_bytes(), mask);
    let close = match conn.stream.write_all(&close) {
        Err(err) => Err(format!("sending a Close frame failed: {err}")),
        Ok(()) => next_frame(conn, |f| f.opcode == Opcode::Close),
    };
    Talk { reply, close }
}

/// The next server frame that `wanted` accepts, skipping others; a fault, the end of the
/// connection or the deadline is the error.
fn next_frame(conn: &mut Conn, wanted: impl Fn(&Frame) -> bool) -> Result<Frame, String> {
    loop {
        match grammar::parse_server_frame(&conn.buf)? {
            Some((frame, used)) => {
                conn.buf.drain(..used);
                if wanted(&frame) {
                    return Ok(frame);
                }
            }
            None => {
                if conn.buf.len() > BODY_LIMIT {
                    return Err(format!("a frame larger than {}", size(BODY_LIMIT)));
                }
                match conn.fill(conn.deadline) {
                    Ok(true) => {}
                    Ok(false) => return Err("the connection closed without it".into()),
                    Err(_) => return Err("none came within the timeout".into()),
                }
            }
        }
    }
}

/// The position of the next CRLF in `conn.buf` at or after `pos`, reading as needed; the
/// search resumes where the last read's search ended. A line longer than `limit` fails.
fn line_end(conn: &mut Conn, pos: usize, limit: usize, part: &'static str) -> Result<usize, HttpError> {
    let mut from = pos;
    loop {
        if let Some(i) = conn.buf[from..].windows(2).position(|w| w == b"\r\n") {
            return Ok(from + i);
        }
        if conn.buf.len() - pos > limit {
            return Err(HttpError::TooLarge(part, limit));
        }
        from = conn.buf.len().saturating_sub(1).max(pos);
        more(conn)?;
    }
}

fn read_chunked(conn: &mut Conn) -> Result<Vec<u8>, HttpError> {
    let mut body = Vec::new();
    loop {
        // A chunk-size line. Consumed bytes leave the buffer, so it holds at most a chunk.
        let end = line_end(conn, 0, CHUNK_LINE_LIMIT, "chunk-size line")?;
        let line = String::from_utf8_lossy(&conn.buf[..end]).to_string();
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| HttpError::Malformed(format!("bad chunk size `{line}`")))?;
        conn.buf.drain(..end + 2);
        if size == 0 {
            // Trailer section, ended by an empty line.
            let mut trailers = 0;
            loop {
                let end = line_end(conn, 0, HEAD_LIMIT.saturating_sub(trailers), "trailer section")?;
                conn.buf.drain(..end + 2);
                trailers += end + 2;
                if end == 0 {
                    return Ok(body);
                }
                if trailers > HEAD_LIMIT {
                    return Err(HttpError::TooLarge("trailer section", HEAD_LIMIT));
                }
            }
        }
        if body.len() + size > BODY_LIMIT {
            return Err(HttpError::TooLarge("body", BODY_LIMIT));
        }
        while conn.buf.len() < size + 2 {
            more(conn)?;
        }
        if &conn.buf[size..size + 2] != b"\r\n" {
            return Err(HttpError::Malformed(format!("a chunk of {size} bytes is not followed by CRLF")));
        }
        body.extend_from_slice(&conn.buf[..size]);
        conn.buf.drain(..size + 2);
    }
}

/// The first bytes of a response (or of a part of one), escaped and quoted, for a report.
pub fn first_bytes(bytes: &[u8]) -> String {
    const SHOWN: usize = 64;
    let escaped: String =
        bytes.iter().take(SHOWN).flat_map(|&b| std::ascii::escape_default(b)).map(char::from).collect();
    format!("\"{escaped}\"{}", if bytes.len() > SHOWN { "..." } else { "" })
}

fn more(conn: &mut Conn) -> Result<(), HttpError> {
    match conn.fill(conn.deadline) {
        Ok(true) => Ok(()),
        Ok(false) => Err(HttpError::Malformed("the connection closed inside a chunked body".into())),
        Err(_) => Err(HttpError::Timeout("complete chunked body", Vec::new())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A server on 127.0.0.1 that reads the request head and runs `respond` on the connection.
    fn serve(respond: impl FnOnce(&mut TcpStream) + Send + 'static) -> u16 {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut seen = Vec::new();
            let mut byte = [0u8; 1];
            while !seen.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                seen.push(byte[0]);
            }
            respond(&mut stream);
        });
        port
    }

    fn get(port: u16) -> Result<Exchange, HttpError> {
        exchange(port, "/", &RequestSpec::default(), Duration::from_secs(10))
    }

    /// Writes `head`, then `piece` again and again until the client hangs up.
    fn endless(head: &'static str, piece: &'static [u8]) -> u16 {
        serve(move |s| {
            let _ = s.write_all(head.as_bytes());
            while s.write_all(piece).is_ok() {}
        })
    }

    fn too_large(result: Result<Exchange, HttpError>) -> String {
        match result {
            Err(err @ HttpError::TooLarge(..)) => err.to_string(),
            other => panic!("expected a size error, got {other:?}"),
        }
    }

    #[test]
    fn an_endless_body_fails_at_the_body_limit() {
        let started = Instant::now();
        let message = too_large(get(endless("HTTP/1.1 200 OK\r\n\r\n", &[b'x'; 8192])));
        assert_eq!(message, "response exceeds 1 MiB (body)");
        assert!(started.elapsed() < Duration::from_secs(5));
        let big: &'static [u8] = format!("2000\r\n{}\r\n", "x".repeat(0x2000)).into_bytes().leak();
        assert!(too_large(get(endless("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", big))).contains("body"));
        let chunks = endless("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"4\r\nabcd\r\n");
        assert!(too_large(get(chunks)).contains("1 MiB"));
        let declared = serve(|s| {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\nabc");
        });
        assert!(too_large(get(declared)).contains("Content-Length"));
    }

    #[test]
    fn a_body_goes_with_the_head_unless_it_waits_for_a_100() {
        let post = RequestSpec { method: "POST".into(), body: Some("{}".into()), ..RequestSpec::default() };
        let (bytes, waits) = first_write(8080, "/endpoint", &post, true);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "POST /endpoint HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 2\r\n\r\n{}");
        assert!(!waits);
        let mut expect = post.clone();
        expect.headers.insert("Expect".into(), "100-continue".into());
        let (bytes, waits) = first_write(8080, "/endpoint", &expect, false);
        assert!(waits && String::from_utf8(bytes).unwrap().ends_with("Connection: close\r\n\r\n"));
        // HTTP/1.0 knows no 100: the body goes at once.
        expect.version = "HTTP/1.0".into();
        let (bytes, waits) = first_write(8080, "/endpoint", &expect, false);
        assert!(!waits && bytes.ends_with(b"\r\n\r\n{}"));
    }

    #[test]
    fn a_close_with_the_request_body_unread_is_a_close() {
        // The server answers after the head, `Connection: close`, and closes once the body it
        // never reads has arrived: its kernel resets the connection instead of ending it.
        let port = serve(|s| {
            let _ = s.write_all(b"HTTP/1.1 201 Created\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            // Time for the client to read the response before the reset (on a busy machine too).
            std::thread::sleep(Duration::from_millis(500));
        });
        let post = RequestSpec { method: "POST".into(), body: Some("x".repeat(1000)), ..RequestSpec::default() };
        let pair = exchange_pair(port, "/", &post, Duration::from_secs(10)).unwrap();
        assert_eq!(pair.first.last.status, 201);
        assert!(pair.second.is_none());
        assert!(!pair.left_open, "a reset is the server closing the connection");
        // One that does hold the connection open is still caught.
        let port = serve(|s| {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            std::thread::sleep(Duration::from_millis(1500));
        });
        assert!(exchange_pair(port, "/", &RequestSpec::default(), Duration::from_secs(10)).unwrap().left_open);
    }

    #[test]
    fn endless_heads_and_lines_fail_at_their_limits() {
        assert_eq!(too_large(get(endless("HTTP/1.1 200 OK\r\n", b"X-A: b\r\n"))), "response exceeds 64 KiB (head)");
        // More header lines than httparse has slots in the very first read: still the head limit.
        let many: &'static [u8] = "X-A: b\r\n".repeat(500).into_bytes().leak();
        assert_eq!(too_large(get(endless("HTTP/1.1 200 OK\r\n", many))), "response exceeds 64 KiB (head)");
        assert!(too_large(get(endless("", b"HTTP/1.1 100 Continue\r\n\r\n"))).contains("head"));
        let hex = endless("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"0000000000");
        assert!(too_large(get(hex)).contains("chunk-size line"));
        let trailers = endless("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n", b"X-T: 1\r\n");
        assert!(too_large(get(trailers)).contains("trailer"));
    }

    #[test]
    fn bytes_after_a_response_are_kept_up_to_a_limit() {
        let port = endless("HTTP/1.1 204 No Content\r\n\r\n", &[b'y'; 4096]);
        let exchange = get(port).unwrap();
        assert_eq!(exchange.last.status, 204);
        assert_eq!(exchange.extra.len(), EXTRA_LIMIT);
    }

    #[test]
    fn a_response_trickled_byte_by_byte_is_read_whole() {
        let port = serve(|s| {
            let response = "HTTP/1.1 103 Early Hints\nLink: </a>; rel=preload\n\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Long: 0123456789\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nX-Trailer: yes\r\n\r\n";
            for byte in response.as_bytes() {
                let _ = s.write_all(&[*byte]);
                let _ = s.flush();
            }
        });
        let exchange = get(port).unwrap();
        assert_eq!(exchange.interim.iter().map(|h| h.status).collect::<Vec<_>>(), [103]);
        assert_eq!(exchange.interim[0].header("link"), Some("</a>; rel=preload"));
        assert_eq!(exchange.last.status, 200);
        assert_eq!(exchange.last.header("x-long"), Some("0123456789"));
        assert_eq!(exchange.body, b"hello!");
        assert!(exchange.extra.is_empty());
    }

    #[test]
    fn the_first_bytes_of_a_malformed_response_are_shown_escaped_and_cut() {
        assert_eq!(first_bytes(b"HTTP/1.1 2OO \"x\"\r\n\x00\xff"), r#""HTTP/1.1 2OO \"x\"\r\n\x00\xff""#);
        assert_eq!(first_bytes(&[b'a'; 100]), format!("\"{}\"...", "a".repeat(64)));
    }

    #[test]
    fn a_response_that_is_not_http_fails_without_waiting() {
        let port = serve(|s| {
            let _ = s.write_all(b"SSH-2.0-OpenSSH\r\n");
            std::thread::sleep(Duration::from_secs(5));
        });
        let started = Instant::now();
        let err = get(port).unwrap_err();
        assert!(matches!(err, HttpError::Malformed(_)));
        assert_eq!(err.to_string(), "malformed response: invalid HTTP version; it begins \"SSH-2.0-OpenSSH\\r\\n\"");
        assert!(started.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn head_end_finds_crlf_and_bare_lf_blank_lines() {
        assert_eq!(head_end(b"HTTP/1.1 200 OK\r\n\r\nbody", 0), Some(19));
        assert_eq!(head_end(b"HTTP/1.1 200 OK\n\nbody", 0), Some(17));
        assert_eq!(head_end(b"HTTP/1.1 200 OK\r\nA: b\r\n", 0), None);
        assert_eq!(head_end(b"HTTP/1.1 200 OK\r\nA: b\r\n\r\n", 20), Some(25));
    }
}
