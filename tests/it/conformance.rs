//! The judge's probes against real servers: a fixture language whose snippet writes the raw
//! bytes of each response (Python's standard library, no framework in between), so a test can
//! write a correct example, see it pass, then break it in one way and see it fail at exactly
//! the probe that exists to catch that.

use crate::support::*;

// Python 3 is all these need; every machine that runs the other tests has it.

/// The fixture language: the snippet defines `respond(method, headers, body)` returning the
/// whole response as bytes; the harness serves it on the port, keeping connections open
/// unless a side says `Connection: close`. A snippet may also define `interim(method, headers)`,
/// whose bytes are sent before the request's body is read (a 100 Continue), and
/// `websocket(conn)`, which speaks on the connection after a 101 (without it the harness only
/// reads until the client leaves).
fn raw_language(fx: &Fixture) {
    fx.write(
        "languages/raw.toml",
        r#"id = "raw"
name = "Raw HTTP (Python sockets)"
extension = "py"
fence = "python"
order = 99

[templates]
snippet = "raw/snippet.py.hbs"
not-applicable = "raw/snippet.py.hbs"

[[string-literal]]
open = '"'
close = '"'
escape = { "\\" = "\\\\", '"' = '\"' }

[toolchain]
commands = ["python3"]
version = ["python3", "--version"]
install-hint = "install python3"

[verify]
log-errors = ['^Traceback \(most recent call last\)']
snippet-file = "snippet.py"
files = [{ path = "serve.py", template = "raw/harness/serve.py.hbs" }]
serve = ["python3", "-u", "serve.py", "{{port}}"]
start-timeout = 10
request-timeout = 3
"#,
    );
    fx.write("templates/raw/snippet.py.hbs", "# {{code}}\n");
    fx.write(
        "templates/raw/harness/serve.py.hbs",
        r#"import socket, sys, threading
import snippet

def drain(conn):
    while conn.recv(65536):
        pass

def handle(conn):
    buf = b""
    while True:
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return conn.close()
            buf += chunk
        head, buf = buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, _, version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        headers[":version"] = version
        if length and hasattr(snippet, "interim"):
            conn.sendall(snippet.interim(method, headers))
        while len(buf) < length:
            buf += conn.recv(65536)
        body, buf = buf[:length], buf[length:]
        response = snippet.respond(method, headers, body)
        conn.sendall(response)
        if response.startswith(b"HTTP/1.1 101"):
            getattr(snippet, "websocket", drain)(conn)
            return conn.close()
        closes = b"connection: close" in response.lower() or headers.get("connection", "").lower() == "close"
        if closes or version == "HTTP/1.0":
            return conn.close()

server = socket.create_server(("127.0.0.1", int(sys.argv[1])))
while True:
    conn, _ = server.accept()
    threading.Thread(target=handle, args=(conn,), daemon=True).start()
"#,
    );
}

/// A helper module every snippet starts with: a correct response from its parts.
const PRELUDE: &str = r#"import email.utils, json

def message(status, text, fields=(), head=False, body=None):
    content = json.dumps({"message": text}).encode() if body is None else body
    lines = [f"HTTP/1.1 {status}", "Date: " + email.utils.formatdate(usegmt=True)]
    lines += ["Content-Type: application/json", f"Content-Length: {len(content)}"]
    lines += list(fields)
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (b"" if head else content)
"#;

/// Verifies one cell of the raw language with `snippet` (after the prelude) and returns
/// (outcome, check, detail).
fn raw_cell(code: &str, snippet: &str) -> (String, String, String) {
    let fx = Fixture::new();
    raw_language(&fx);
    fx.write(&format!("snippets/{code}/raw.py"), &format!("{PRELUDE}\n{snippet}"));
    verify_cell(&fx, &["--languages", "languages", "--templates", "templates"], "raw", code)
}

#[track_caller]
fn passes(code: &str, snippet: &str) {
    let (outcome, check, detail) = raw_cell(code, snippet);
    assert_eq!(outcome, "pass", "{check}: {detail}");
}

#[track_caller]
fn fails_at(code: &str, snippet: &str, want: &str) {
    let (outcome, check, detail) = raw_cell(code, snippet);
    assert_eq!((outcome.as_str(), check.as_str()), ("fail", want), "{detail}");
}

const NOT_FOUND: &str = r#"
def respond(method, headers, body):
    return message("404 Not Found", "Not Found", head=method == "HEAD")
"#;

#[test]
fn each_message_probe_catches_its_fault_in_a_real_server() {
    passes("404", NOT_FOUND);
    // A body on the response to HEAD.
    fails_at("404", &NOT_FOUND.replace("head=method == \"HEAD\"", "head=False"), "HEAD: no content");
    // No Date.
    let no_date =
        NOT_FOUND.replace("head=method == \"HEAD\")", "head=method == \"HEAD\").replace(b\"Date:\", b\"X-Date:\")");
    fails_at("404", &no_date, "header Date");
    // Two Content-Length lines.
    let twice =
        NOT_FOUND.replace("head=method == \"HEAD\")", "head=method == \"HEAD\", fields=[\"Content-Length: 21\"])");
    fails_at("404", &twice, "framing");
    // A server that drops a keep-alive connection without saying `Connection: close`.
    let drops = r#"
import socket
def respond(method, headers, body):
    if headers.get("connection") != "close" and method == "GET":
        raise SystemExit  # ends the connection's thread: the second request is never answered
    return message("404 Not Found", "Not Found", head=method == "HEAD")
"#;
    fails_at("404", drops, "keep-alive: request");
    // A server that says `Connection: close` and must then close: one that does passes, one
    // that holds the connection open fails (the harness closes only on a bare `close`).
    let closes =
        NOT_FOUND.replace("head=method == \"HEAD\")", "head=method == \"HEAD\", fields=[\"Connection: close\"])");
    passes("404", &closes);
    let holds = closes.replace("Connection: close", "Connection: keep-alive, close");
    fails_at("404", &holds, "keep-alive 1st: connection close");
    // A traceback in the log while answering.
    let logs = r#"
import sys
def respond(method, headers, body):
    print("Traceback (most recent call last):", file=sys.stderr)
    return message("404 Not Found", "Not Found", head=method == "HEAD")
"#;
    fails_at("404", logs, "server log");
}

#[test]
fn allow_must_be_true_in_a_real_server() {
    let serves_post = r#"
def respond(method, headers, body):
    if method == "POST":
        return message("201 Created", "Created", fields=["Location: /endpoint/1"])
    return message("405 Method Not Allowed", "Method Not Allowed", fields=["Allow: POST"], head=method == "HEAD")
"#;
    passes("405", serves_post);
    let lies = serves_post.replace("if method == \"POST\":", "if method == \"PATCH\":");
    fails_at("405", &lies, "POST (listed in Allow): allowed POST");
}

#[test]
fn conditional_and_range_probes_catch_string_comparison_and_made_up_lengths() {
    let conditional = r#"
def respond(method, headers, body):
    tag = '"v1"'
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        if inm.strip() == "*" or tag in tags:
            lines = ["HTTP/1.1 304 Not Modified", "Date: " + email.utils.formatdate(usegmt=True), "ETag: " + tag]
            return ("\r\n".join(lines) + "\r\n\r\n").encode()
    return message("200 OK", "OK", fields=["ETag: " + tag], head=method == "HEAD")
"#;
    passes("304", conditional);
    let exact = conditional.replace("if inm.strip() == \"*\" or tag in tags:", "if inm == tag:");
    fails_at("304", &exact, "If-None-Match weak: status");

    let ranges = r#"
import re
def respond(method, headers, body):
    whole = json.dumps({"message": "Partial Content"}).encode()
    m = re.fullmatch(r"bytes=(\d+)-(\d*)", headers.get("range", ""))
    if m is None:
        return message("200 OK", "Partial Content", head=method == "HEAD")
    first = int(m.group(1))
    last = min(int(m.group(2) or len(whole) - 1), len(whole) - 1)
    if first >= len(whole):
        return message("416 Range Not Satisfiable", "Range Not Satisfiable", fields=[f"Content-Range: bytes */{len(whole)}"], head=method == "HEAD")
    part = whole[first:last + 1]
    return message("206 Partial Content", "", fields=[f"Content-Range: bytes {first}-{last}/{len(whole)}"], body=part, head=method == "HEAD")
"#;
    passes("206", ranges);
    let made_up = ranges.replace("{last}/{len(whole)}", "{last}/1000");
    fails_at("206", &made_up, "header Content-Range");

    // 416: the length named is the representation's, not the error message's; on every
    // request of a keep-alive connection too.
    let unsatisfiable = r#"
def respond(method, headers, body):
    whole = json.dumps({"message": "OK"}).encode()
    if "range" not in headers:
        return message("200 OK", "OK", head=method == "HEAD")
    fields = [f"Content-Range: bytes */{len(whole)}"]
    return message("416 Range Not Satisfiable", "Range Not Satisfiable", fields=fields, head=method == "HEAD")
"#;
    passes("416", unsatisfiable);
    let own_length = unsatisfiable.replace("bytes */{len(whole)}", "bytes */35");
    fails_at("416", &own_length, "header Content-Range");
}

#[test]
fn interim_and_websocket_probes_catch_what_a_real_server_gets_wrong() {
    let hints = r#"
def respond(method, headers, body):
    early = b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n"
    if headers[":version"] == "HTTP/1.0":
        early = b""
    return early + message("200 OK", "OK", head=method == "HEAD")
"#;
    passes("103", hints);
    let to_everyone = hints.replace("early = b\"\"", "pass");
    fails_at("103", &to_everyone, "HTTP/1.0 GET: interim");

    // A 101 with the right accept, after which the server never speaks WebSocket.
    let silent = r#"
import base64, hashlib
def respond(method, headers, body):
    if headers.get("sec-websocket-version") != "13":
        return message("426 Upgrade Required", "Upgrade Required", fields=["Sec-WebSocket-Version: 13"])
    key = headers["sec-websocket-key"] + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
    accept = base64.b64encode(hashlib.sha1(key.encode()).digest()).decode()
    lines = ["HTTP/1.1 101 Switching Protocols", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: " + accept]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()
"#;
    fails_at("101", silent, "websocket reply");
}

/// A WebSocket that accepts version 13 only, answering others with the 426 RFC 6455 4.2.2
/// asks for; after the 101 it echoes one text frame and answers the close handshake.
const WEBSOCKET: &str = r#"
import base64, hashlib, struct

def respond(method, headers, body):
    if headers.get("sec-websocket-version") != "13":
        return message("426 Upgrade Required", "Upgrade Required", fields=["Sec-WebSocket-Version: 13", "Upgrade: websocket", "Connection: Upgrade"])
    key = headers["sec-websocket-key"] + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
    accept = base64.b64encode(hashlib.sha1(key.encode()).digest()).decode()
    lines = ["HTTP/1.1 101 Switching Protocols", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: " + accept]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()

def read_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data

def frame(conn):
    first, second = read_exactly(conn, 2)
    length = second & 0x7F
    if length == 126:
        length = struct.unpack("!H", read_exactly(conn, 2))[0]
    mask = read_exactly(conn, 4)
    payload = read_exactly(conn, length)
    return first & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(payload))

def websocket(conn):
    try:
        while True:
            opcode, payload = frame(conn)
            conn.sendall(bytes([0x80 | opcode, len(payload)]) + payload)
            if opcode == 8:
                return
    except EOFError:
        return
"#;

#[test]
fn the_websocket_version_probe_catches_a_server_that_does_not_say_426() {
    passes("101", WEBSOCKET);
    // Refusing an unknown version with a plain 400 hides which version the server speaks.
    let bad_request = WEBSOCKET.replace(
        r#"message("426 Upgrade Required", "Upgrade Required", fields=["Sec-WebSocket-Version: 13", "Upgrade: websocket", "Connection: Upgrade"])"#,
        r#"message("400 Bad Request", "Bad Request")"#,
    );
    assert_ne!(bad_request, WEBSOCKET);
    fails_at("101", &bad_request, "unsupported WebSocket version: status");
    // A 426 that does not name the version it supports (RFC 6455 4.4).
    let unnamed = WEBSOCKET.replace(r#""Sec-WebSocket-Version: 13", "#, "");
    assert_ne!(unnamed, WEBSOCKET);
    fails_at("101", &unnamed, "unsupported WebSocket version: header Sec-WebSocket-Version");
}

/// A 100 Continue sent when the client asks for it, over HTTP/1.1 only; the final response
/// after the body.
const CONTINUE: &str = r#"
def interim(method, headers):
    if headers.get("expect", "").lower() == "100-continue" and headers[":version"] == "HTTP/1.1":
        return b"HTTP/1.1 100 Continue\r\n\r\n"
    return b""

def respond(method, headers, body):
    return message("200 OK", "OK", head=method == "HEAD")
"#;

#[test]
fn the_100_probes_catch_an_early_final_response_and_a_100_to_http_1_0() {
    passes("100", CONTINUE);
    // The final response right behind the 100, before the body has come.
    let early = r#"
def interim(method, headers):
    if headers.get("expect", "").lower() == "100-continue" and headers[":version"] == "HTTP/1.1":
        headers[":answered"] = True
        return b"HTTP/1.1 100 Continue\r\n\r\n" + message("200 OK", "OK")
    return b""

def respond(method, headers, body):
    return b"" if headers.get(":answered") else message("200 OK", "OK", head=method == "HEAD")
"#;
    fails_at("100", early, "interim 100");
    // A 100 to a client that cannot know it (RFC 9110 15.2).
    let to_http_1_0 = CONTINUE.replace(r#" and headers[":version"] == "HTTP/1.1""#, "");
    assert_ne!(to_http_1_0, CONTINUE);
    fails_at("100", &to_http_1_0, "HTTP/1.0 POST: interim");
    // No 100 at all: the client waits, then sends its body unasked.
    let silent = CONTINUE.replace(r#"return b"HTTP/1.1 100 Continue\r\n\r\n""#, r#"return b"""#);
    assert_ne!(silent, CONTINUE);
    fails_at("100", &silent, "interim");
}
