//! A raw HTTP/1.1 client for verify. It sends the request a code needs and records every status
//! line it gets back, interim 1xx ones included, with the exact body bytes and anything sent
//! after them: the things curl-style clients hide. Heads are parsed with httparse.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::catalog::RequestSpec;

/// How long to wait for stray bytes after a response that should have ended.
const LINGER: Duration = Duration::from_millis(300);
/// The longest a single read blocks before looking for an interrupt.
const SLICE: Duration = Duration::from_millis(100);
/// How long a client waits for `100 Continue` before sending the body anyway (RFC 9110 10.1.1).
const CONTINUE_WAIT: Duration = Duration::from_secs(2);

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

#[derive(Debug)]
pub struct Exchange {
    /// Interim (1xx) responses, in order.
    pub interim: Vec<Head>,
    pub last: Head,
    /// The body, de-chunked.
    pub body: Vec<u8>,
    /// Bytes that arrived after the response should have ended (a body on a 204, say).
    pub extra: Vec<u8>,
}

#[derive(Debug)]
pub enum HttpError {
    Connect(std::io::Error),
    Timeout(&'static str, Vec<Head>),
    /// The connection closed before a final response; carries the interim heads seen.
    Closed(Vec<Head>),
    Malformed(String),
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
            HttpError::Io(err) => write!(f, "read failed: {err}"),
        }
    }
}

struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
    deadline: Instant,
    eof: bool,
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

    /// Parses one response head from the buffer, reading as needed.
    fn head(&mut self, until: Instant, seen: &[Head], stage: &'static str) -> Result<Head, HttpError> {
        loop {
            let mut headers = [httparse::EMPTY_HEADER; 96];
            let mut response = httparse::Response::new(&mut headers);
            match response.parse(&self.buf) {
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
                    return Ok(head);
                }
                Ok(httparse::Status::Partial) => {}
                Err(err) => return Err(HttpError::Malformed(format!("{err}"))),
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

    /// Reads until end of stream or until `until`, whichever first.
    fn drain_until(&mut self, until: Instant) -> Vec<u8> {
        while !self.eof {
            if self.fill(until).is_err() {
                break;
            }
        }
        std::mem::take(&mut self.buf)
    }
}

/// Sends `request` (`GET`, or the method it names) for `path` to 127.0.0.1:`port` and reads the
/// whole exchange.
pub fn exchange(port: u16, path: &str, request: &RequestSpec, timeout: Duration) -> Result<Exchange, HttpError> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let stream = TcpStream::connect_timeout(&address, timeout).map_err(HttpError::Connect)?;
    let _ = stream.set_nodelay(true);
    let mut conn = Conn { stream, buf: Vec::new(), deadline: Instant::now() + timeout, eof: false };

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
    if !has("connection") {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    conn.stream.write_all(head.as_bytes()).map_err(HttpError::Io)?;

    let expects_continue = request
        .headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("expect") && v.eq_ignore_ascii_case("100-continue"));
    let mut interim = Vec::new();
    let mut pending_final = None;
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
        if pending_final.is_none() {
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

    let (body, extra) = if last.status == 101 {
        // The connection now speaks another protocol: keep what comes next, for the judge to
        // tell a real switch from a 101 that goes on speaking HTTP.
        (Vec::new(), conn.drain_until(Instant::now() + LINGER))
    } else if matches!(last.status, 204 | 304) || request.method == "HEAD" {
        // No content by definition (RFC 9110 6.4.1): anything that follows is a fault.
        (Vec::new(), conn.drain_until(Instant::now() + LINGER))
    } else if last.header("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        let body = read_chunked(&mut conn)?;
        (body, conn.drain_until(Instant::now() + LINGER))
    } else if let Some(length) = last.header("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| HttpError::Malformed(format!("Content-Length `{length}` is not a number")))?;
        while conn.buf.len() < length {
            match conn.fill(conn.deadline) {
                Ok(true) => {}
                Ok(false) => return Err(HttpError::Malformed(format!(
                    "the connection closed after {} of {length} body bytes",
                    conn.buf.len()
                ))),
                Err(_) => return Err(HttpError::Timeout("complete body", interim)),
            }
        }
        let body: Vec<u8> = conn.buf.drain(..length).collect();
        (body, conn.drain_until(Instant::now() + LINGER))
    } else {
        // Delimited by the end of the connection.
        let deadline = conn.deadline;
        let body = conn.drain_until(deadline);
        if !conn.eof {
            return Err(HttpError::Timeout("end of the body (no Content-Length, connection left open)", interim));
        }
        (body, Vec::new())
    };
    Ok(Exchange { interim, last, body, extra })
}

fn read_chunked(conn: &mut Conn) -> Result<Vec<u8>, HttpError> {
    let mut body = Vec::new();
    let mut pos = 0;
    loop {
        // A chunk-size line.
        let line_end = loop {
            if let Some(i) = conn.buf[pos..].windows(2).position(|w| w == b"\r\n") {
                break pos + i;
            }
            more(conn)?;
        };
        let line = String::from_utf8_lossy(&conn.buf[pos..line_end]).to_string();
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| HttpError::Malformed(format!("bad chunk size `{line}`")))?;
        pos = line_end + 2;
        if size == 0 {
            // Trailer section, ended by an empty line.
            loop {
                if let Some(i) = conn.buf[pos..].windows(2).position(|w| w == b"\r\n") {
                    let empty = i == 0;
                    pos += i + 2;
                    if empty {
                        conn.buf.drain(..pos);
                        return Ok(body);
                    }
                } else {
                    more(conn)?;
                }
            }
        }
        while conn.buf.len() < pos + size + 2 {
            more(conn)?;
        }
        body.extend_from_slice(&conn.buf[pos..pos + size]);
        pos += size + 2;
    }
}

fn more(conn: &mut Conn) -> Result<(), HttpError> {
    match conn.fill(conn.deadline) {
        Ok(true) => Ok(()),
        Ok(false) => Err(HttpError::Malformed("the connection closed inside a chunked body".into())),
        Err(_) => Err(HttpError::Timeout("complete chunked body", Vec::new())),
    }
}
