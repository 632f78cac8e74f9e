//! Proving a batch of cells of one language: lay out one work dir (each cell's snippet bytes as
//! they are, its harness files, and the batch's shared files), run the build steps once, serve
//! (once per cell, or once for the batch), probe each cell at its own path, and judge each
//! exchange against its code's rules. A single cell is a batch of one: the same commands, so a
//! verdict never depends on batching. The caller re-runs a batched cell that did not pass alone.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::{json, Value};

use super::{http, process, rules, Stop};
use crate::catalog::{BodyRule, Status, SwitchRule};
use crate::generate::write_file;
use crate::language::{Language, ServePer};
use crate::render::Project;
use process::{Child, Spec, Waited};

/// Attempts at serving when the chosen port turns out to be taken.
const PORT_ATTEMPTS: usize = 3;

/// A cell ready to run: its language, status and snippet text.
pub struct Cell<'p> {
    pub lang: &'p Language,
    pub status: &'p Status,
    pub snippet: String,
}

/// What every batch shares: the project, the deps dir of its language, the ports handed out.
pub struct Runner<'a> {
    pub project: &'a Project,
    pub deps_dirs: &'a BTreeMap<String, PathBuf>,
    ports: Mutex<Vec<u16>>,
}

impl<'a> Runner<'a> {
    pub fn new(project: &'a Project, deps_dirs: &'a BTreeMap<String, PathBuf>) -> Runner<'a> {
        Runner { project, deps_dirs, ports: Mutex::new(Vec::new()) }
    }

    /// A free port on 127.0.0.1 that no other cell of this run has had.
    /// `SNIPPETGEN_TEST_FIRST_PORT` makes the first port handed out that one, unchecked: the
    /// tests use it to prove that a port taken by someone else is retried.
    fn port(&self) -> Result<u16> {
        if let Some(port) = std::env::var("SNIPPETGEN_TEST_FIRST_PORT").ok().and_then(|p| p.parse::<u16>().ok()) {
            let mut taken = self.ports.lock().unwrap();
            if !taken.contains(&port) {
                taken.push(port);
                return Ok(port);
            }
        }
        for _ in 0..50 {
            let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?.local_addr()?.port();
            let mut taken = self.ports.lock().unwrap();
            if !taken.contains(&port) {
                taken.push(port);
                return Ok(port);
            }
        }
        anyhow::bail!("no free port on 127.0.0.1")
    }

    fn vars(&self, lang: &Language, work: &Path, code: Option<u16>, port: Option<u16>) -> Value {
        json!({
            "deps": self.deps_dirs.get(&lang.id).map(|d| d.display().to_string()).unwrap_or_default(),
            "workdir": work.display().to_string(),
            "code": code,
            "port": port,
        })
    }

    fn render_argv(&self, argv: &[String], vars: &Value) -> Result<Vec<String>, Stop> {
        argv.iter().map(|a| self.project.render_arg(a, vars).map_err(harness)).collect()
    }

    /// The files a cell puts in the work dir: the snippet's bytes, then its harness files.
    pub fn cell_files(&self, cell: &Cell, work: &Path) -> Result<Vec<(PathBuf, String)>> {
        let (lang, status) = (cell.lang, cell.status);
        let vars = self.vars(lang, work, Some(status.code), None);
        let mut files = Vec::new();
        if let Some(path) = &lang.verify.snippet_file {
            files.push((PathBuf::from(self.project.render_arg(path, &vars)?), cell.snippet.clone()));
        }
        for file in &lang.verify.files {
            let path = self.project.render_arg(&file.path, &vars)?;
            files.push((PathBuf::from(path), self.project.render_file(&file.template, lang, Some(status), &cell.snippet)?));
        }
        Ok(files)
    }

    /// The files a batch writes once.
    pub fn shared_files(&self, lang: &Language, cells: &[&Cell]) -> Result<Vec<(PathBuf, String)>> {
        let pairs: Vec<(&Status, &str)> = cells.iter().map(|c| (c.status, c.snippet.as_str())).collect();
        lang.verify
            .shared_files
            .iter()
            .map(|f| Ok((PathBuf::from(&f.path), self.project.render_shared(&f.template, lang, &pairs)?)))
            .collect()
    }

    /// Proves the cells in `dir`; one verdict per cell, in order.
    pub fn run(&self, lang: &Language, cells: &[&Cell], dir: &Path) -> Vec<Result<(), Stop>> {
        let mut verdicts: Vec<Option<Result<(), Stop>>> = cells.iter().map(|_| None).collect();
        let work = dir.join("work");
        let logs = dir.join("logs");
        if let Err(err) = std::fs::create_dir_all(&work).and_then(|_| std::fs::create_dir_all(&logs)) {
            return cells.iter().map(|_| Err(Stop::fail("harness", err.to_string(), None))).collect();
        }

        // Lay out each cell; a cell whose snippet would not reach the toolchain intact fails here.
        for (i, cell) in cells.iter().enumerate() {
            let laid = self.cell_files(cell, Path::new("")).and_then(|files| {
                for (rel, text) in &files {
                    write_file(&work.join(rel), text)?;
                }
                Ok(files)
            });
            match laid {
                Err(err) => verdicts[i] = Some(Err(harness(err))),
                Ok(files) if !files.iter().any(|(_, text)| text.contains(cell.snippet.as_str())) => {
                    verdicts[i] = Some(Err(Stop::fail("harness", "the snippet's text does not reach the toolchain unchanged", None)))
                }
                Ok(_) => {}
            }
        }
        let live: Vec<usize> = (0..cells.len()).filter(|&i| verdicts[i].is_none()).collect();
        let live_cells: Vec<&Cell> = live.iter().map(|&i| cells[i]).collect();
        if let Err(stop) = self.build_and_serve(lang, &live_cells, &work, &logs, &mut |j, verdict| {
            verdicts[live[j]] = Some(verdict);
        }) {
            for &i in &live {
                if verdicts[i].is_none() {
                    verdicts[i] = Some(Err(stop.clone()));
                }
            }
        }
        verdicts.into_iter().map(|v| v.unwrap_or_else(|| Err(Stop::fail("harness", "not run", None)))).collect()
    }

    /// Shared files, build steps, then serving and probing; a batch-wide failure is returned,
    /// per-cell verdicts go to `verdict`.
    fn build_and_serve(
        &self,
        lang: &Language,
        cells: &[&Cell],
        work: &Path,
        logs: &Path,
        verdict: &mut dyn FnMut(usize, Result<(), Stop>),
    ) -> Result<(), Stop> {
        if cells.is_empty() {
            return Ok(());
        }
        for (rel, text) in self.shared_files(lang, cells).map_err(harness)? {
            write_file(&work.join(rel), &text).map_err(harness)?;
        }
        let base = self.vars(lang, work, None, None);
        let mut env = BTreeMap::new();
        for (key, value) in &lang.verify.env {
            env.insert(key.clone(), self.project.render_arg(value, &base).map_err(harness)?);
        }
        for step in &lang.verify.steps {
            let argv = self.render_argv(&step.run, &base)?;
            let log = logs.join(format!("{}.log", step.name));
            let child = Child::start(&Spec { argv: &argv, dir: work, env: &env, log: &log })
                .map_err(|e| Stop::fail(&step.name, format!("{e:#}"), None))?;
            match child.wait(Duration::from_secs(step.timeout)) {
                Waited::Exited(Some(0)) => {}
                Waited::Exited(code) => {
                    let how = code.map_or("was killed by a signal".to_string(), |c| format!("exited with status {c}"));
                    return Err(Stop::fail(&step.name, format!("`{}` {how}", argv.join(" ")), Some(process::tail(&log, 20))));
                }
                Waited::TimedOut => {
                    return Err(Stop::fail(&step.name, format!("`{}` timed out after {}s", argv.join(" "), step.timeout), Some(process::tail(&log, 20))))
                }
                Waited::Interrupted => return Err(Stop::fail(&step.name, "interrupted", None)),
            }
        }
        match lang.verify.serve_per {
            ServePer::Batch => {
                let (mut server, port, log) = self.serve(lang, work, logs, None, &env)?;
                for (j, cell) in cells.iter().enumerate() {
                    verdict(j, self.probe(lang, cell, work, port, &log));
                }
                server.terminate();
            }
            ServePer::Cell => {
                for (j, cell) in cells.iter().enumerate() {
                    let outcome = self.serve(lang, work, logs, Some(cell.status.code), &env).and_then(|(mut server, port, log)| {
                        let outcome = self.probe(lang, cell, work, port, &log);
                        server.terminate();
                        outcome
                    });
                    verdict(j, outcome);
                }
            }
        }
        Ok(())
    }

    /// Starts the server and waits until it accepts connections; a port taken meanwhile by
    /// someone else is retried on another port.
    fn serve(
        &self,
        lang: &Language,
        work: &Path,
        logs: &Path,
        code: Option<u16>,
        env: &BTreeMap<String, String>,
    ) -> Result<(Child, u16, PathBuf), Stop> {
        let timeout = Duration::from_secs(lang.verify.start_timeout);
        for attempt in 1..=PORT_ATTEMPTS {
            let port = self.port().map_err(|e| Stop::fail("start", format!("{e:#}"), None))?;
            let argv = self.render_argv(&lang.verify.serve, &self.vars(lang, work, code, Some(port)))?;
            let name = code.map_or(format!("serve-{attempt}.log"), |c| format!("serve-{c}-{attempt}.log"));
            let log = logs.join(name);
            let mut server = Child::start(&Spec { argv: &argv, dir: work, env, log: &log })
                .map_err(|e| Stop::fail("start", format!("{e:#}"), None))?;
            match wait_ready(&mut server, port, timeout) {
                Ready::Yes => return Ok((server, port, log)),
                Ready::Exited(exit) => {
                    server.terminate();
                    if attempt < PORT_ATTEMPTS && port_in_use(port, &log) {
                        continue;
                    }
                    let how = exit.map_or("was killed by a signal".to_string(), |c| format!("exited with status {c}"));
                    return Err(Stop::fail("start", format!("the server {how} before accepting connections on 127.0.0.1:{port}"), Some(process::tail(&log, 20))));
                }
                Ready::TimedOut => {
                    server.terminate();
                    return Err(Stop::fail("start", format!("the server did not accept connections on 127.0.0.1:{port} within {}s", timeout.as_secs()), Some(process::tail(&log, 20))));
                }
                Ready::Interrupted => return Err(Stop::fail("start", "interrupted", None)),
            }
        }
        unreachable!("the last attempt returns")
    }

    /// Sends each of the cell's requests and judges each exchange; the first fault decides.
    fn probe(&self, lang: &Language, cell: &Cell, work: &Path, port: u16, log: &Path) -> Result<(), Stop> {
        let path = self.project.render_arg(&lang.verify.path, &self.vars(lang, work, Some(cell.status.code), Some(port))).map_err(harness)?;
        let timeout = Duration::from_secs(lang.verify.request_timeout);
        // The whole representation, once an exchange has returned it, to check parts against.
        let mut whole: Option<Vec<u8>> = None;
        for probe in cell.status.probes() {
            let label = |check: &str| if probe.name.is_empty() { check.to_string() } else { format!("{}: {check}", probe.name) };
            let mut request = probe.request.clone();
            let ws_key = (probe.response.switch == Some(SwitchRule::Websocket)).then(fresh_websocket_key);
            if let Some(key) = &ws_key {
                request.headers.retain(|k, _| !k.eq_ignore_ascii_case("sec-websocket-key"));
                request.headers.insert("Sec-WebSocket-Key".into(), key.clone());
            }
            let exchange = http::exchange(port, &path, &request, timeout).map_err(|e| {
                // Interim responses and then nothing: a lone 1xx, which is never a final response.
                let check = if e.interim().is_empty() { "request" } else { "status" };
                Stop::fail(label(check), e.to_string(), Some(process::tail(log, 20)))
            })?;
            rules::judge(&probe, &exchange, ws_key.as_deref(), whole.as_deref()).map_err(|b| {
                Stop::fail(label(&b.check), format!("expected {}, got {}", b.expected, b.got), Some(process::tail(log, 20)))
            })?;
            if probe.response.body == BodyRule::Json && exchange.last.status / 100 == 2 {
                whole = Some(exchange.body);
            }
        }
        Ok(())
    }
}

/// A random Sec-WebSocket-Key, so that a hard-coded Sec-WebSocket-Accept cannot pass.
fn fresh_websocket_key() -> String {
    use base64::Engine as _;
    let mut bytes = [0u8; 16];
    if let Ok(mut urandom) = std::fs::File::open("/dev/urandom") {
        let _ = std::io::Read::read_exact(&mut urandom, &mut bytes);
    }
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn harness(err: anyhow::Error) -> Stop {
    Stop::fail("harness", format!("{err:#}"), None)
}

enum Ready {
    Yes,
    Exited(Option<i32>),
    TimedOut,
    Interrupted,
}

/// Waits until something accepts connections on the port, the server exits, or time runs out.
fn wait_ready(server: &mut Child, port: u16, timeout: Duration) -> Ready {
    let deadline = Instant::now() + timeout;
    let address = std::net::SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    loop {
        if process::interrupted() {
            return Ready::Interrupted;
        }
        if let Some(code) = server.try_exit() {
            return Ready::Exited(code);
        }
        // Something answers: it counts only if the listener is ours. A squatter on the port
        // means our server cannot bind; it will exit, and the port is retried.
        if std::net::TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_ok()
            && process::group_listens_on(server.pgid(), port)
        {
            return Ready::Yes;
        }
        if Instant::now() >= deadline {
            return Ready::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whether a server that exited early did so because its port was taken by someone else.
fn port_in_use(port: u16, log: &Path) -> bool {
    let text = std::fs::read_to_string(log).unwrap_or_default().to_ascii_lowercase();
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_err() || text.contains("already in use") || text.contains("eaddrinuse")
}
