//! The executor: it runs the plan. It sets up each language's dependencies, then takes batches
//! off a queue with one worker per job; for each batch it owns the work directory (one for the
//! batch's cells: each snippet's bytes as they are, its harness files, the shared files), runs
//! the build steps once, serves (once per cell, or once for the batch), probes each cell at its
//! own path, and hands each exchange to the judge. A single cell is a batch of one: the same
//! commands, so a verdict never depends on batching, and a batched cell that does not pass is
//! run again alone, whose verdict stands. Results go out as they come, for the reporters.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::Value;

use super::cache::ResultCache;
use super::layout::{Cell, Layout};
use super::outcome::{CellResult, Check, Outcome, Phases, Stop, Verdict};
use super::plan::{Batch, LanguagePlan};
use super::sandbox::{Contain, Jail};
use super::{activity, http, judge, prepare, process};
use crate::catalog::{BodyRule, RequestSpec, SwitchRule};
use crate::files::write_file;
use crate::language::{Arg, Language, PortPer, ServePer};
use crate::project::Project;
use process::{Child, Spec, Waited};

/// Attempts at serving when the chosen port turns out to be taken.
const PORT_ATTEMPTS: usize = 3;

/// What every batch of a run shares: the project, the layout of work dirs, the ports handed out.
pub struct Runner<'a> {
    pub project: &'a Project,
    pub layout: &'a Layout<'a>,
    ports: Mutex<Vec<u16>>,
}

impl<'a> Runner<'a> {
    pub fn new(layout: &'a Layout<'a>) -> Runner<'a> {
        Runner { project: layout.project, layout, ports: Mutex::new(Vec::new()) }
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

    fn render_argv(&self, lang: &Language, arg: Arg, argv: &[String], vars: &Value) -> Result<Vec<String>, Stop> {
        argv.iter().map(|a| self.project.render_arg(lang, arg, a, vars).map_err(harness)).collect()
    }

    /// Proves the cells in `dir`; one verdict per cell, in order, with where its time went when
    /// it got as far as the build.
    pub fn run(&self, lang: &Language, cells: &[&Cell], dir: &Path) -> Vec<(Verdict, Option<Phases>)> {
        let mut verdicts: Vec<Option<(Verdict, Option<Phases>)>> = cells.iter().map(|_| None).collect();
        let work = dir.join("work");
        let logs = dir.join("logs");
        if let Err(err) = std::fs::create_dir_all(&work).and_then(|_| std::fs::create_dir_all(&logs)) {
            let detail = format!("cannot create the work dir {}: {err}", dir.display());
            return cells.iter().map(|_| (Err(Stop::error(Check::Harness, detail.clone())), None)).collect();
        }

        // Lay out each cell; a cell whose snippet would not reach the toolchain intact fails here.
        for (i, cell) in cells.iter().enumerate() {
            let files = match self.layout.cell_files(cell) {
                Ok(files) => files,
                Err(err) => {
                    verdicts[i] = Some((Err(harness(err)), None));
                    continue;
                }
            };
            if !files.iter().any(|(_, text)| text.contains(cell.snippet.as_str())) {
                let detail = "the snippet's text does not reach the toolchain unchanged";
                verdicts[i] = Some((Err(Stop::fail(Check::Harness, detail, None)), None));
                continue;
            }
            if let Err(err) = files.iter().try_for_each(|(rel, text)| write_file(&work.join(rel), text)) {
                verdicts[i] = Some((Err(Stop::error(Check::Harness, format!("{err:#}"))), None));
            }
        }
        let live: Vec<usize> = (0..cells.len()).filter(|&i| verdicts[i].is_none()).collect();
        let live_cells: Vec<&Cell> = live.iter().map(|&i| cells[i]).collect();
        if let Err(stop) = self.build_and_serve(lang, &live_cells, &work, &logs, &mut |j, verdict, timing| {
            verdicts[live[j]] = Some((verdict, Some(timing)));
        }) {
            for &i in &live {
                if verdicts[i].is_none() {
                    verdicts[i] = Some((Err(stop.clone()), None));
                }
            }
        }
        verdicts.into_iter().map(|v| v.unwrap_or_else(|| (Err(Stop::error(Check::Harness, "not run")), None))).collect()
    }

    /// Shared files, build steps, then serving and probing; a batch-wide failure is returned,
    /// per-cell verdicts go to `verdict`.
    fn build_and_serve(
        &self,
        lang: &Language,
        cells: &[&Cell],
        work: &Path,
        logs: &Path,
        verdict: &mut dyn FnMut(usize, Verdict, Phases),
    ) -> Result<(), Stop> {
        if cells.is_empty() {
            return Ok(());
        }
        for (rel, text) in self.layout.shared_files(lang, cells).map_err(harness)? {
            write_file(&work.join(rel), &text).map_err(|e| Stop::error(Check::Harness, format!("{e:#}")))?;
        }
        let base = self.layout.vars(lang, Some(work), None, None);
        let mut env = BTreeMap::new();
        for (key, value) in &lang.verify.env {
            env.insert(key.clone(), self.project.render_arg(lang, Arg::VerifyEnv, value, &base).map_err(harness)?);
        }
        // Build steps may write the dependency cache too (Go's build cache, cargo's build dir);
        // servers only read it.
        let deps: Vec<PathBuf> = Some(self.layout.deps_dir(lang)).filter(|d| d.is_dir()).into_iter().collect();
        let build_jail = Jail { work: work.to_path_buf(), writable: deps.clone(), readable: Vec::new() };
        let server_jail = Jail { work: work.to_path_buf(), writable: Vec::new(), readable: deps };
        let building = Instant::now();
        for step in &lang.verify.steps {
            let argv = self.render_argv(lang, Arg::Step, &step.run, &base)?;
            activity::phase("building", Some(&activity::command(&argv)));
            let log = logs.join(format!("{}.log", step.name));
            let check = || Check::Step(step.name.clone());
            let child = Child::start(&Spec {
                argv: &argv,
                dir: work,
                env: &env,
                log: &log,
                contain: Contain::Sandbox(&build_jail),
            })
            .map_err(|e| Stop::fail(check(), format!("{e:#}"), None))?;
            match child.wait(Duration::from_secs(step.timeout)) {
                Waited::Exited(Some(0)) => {}
                Waited::Exited(code) => {
                    let how = code.map_or("was killed by a signal".to_string(), |c| format!("exited with status {c}"));
                    return Err(Stop::fail(
                        check(),
                        format!("`{}` {how}", argv.join(" ")),
                        Some(process::tail(&log, 20)),
                    ));
                }
                Waited::TimedOut => {
                    let detail = format!("`{}` timed out after {}s", argv.join(" "), step.timeout);
                    return Err(Stop::fail(check(), detail, Some(process::tail(&log, 20))));
                }
                Waited::Interrupted => return Err(Stop::error(check(), "interrupted")),
            }
        }
        let build_ms = building.elapsed().as_millis() as u64;
        let timing = |start: Duration, (probe, main): (Duration, Duration)| Phases {
            batch_cells: cells.len(),
            build_ms,
            start_ms: start.as_millis() as u64,
            probe_ms: probe.as_millis() as u64,
            main_ms: main.as_millis() as u64,
        };
        activity::phase("serving and probing", None);
        match lang.verify.serve_per {
            ServePer::Batch => {
                let listen = match lang.verify.port_per {
                    PortPer::Batch => Listen::Batch,
                    PortPer::Cell => Listen::Cells(cells.iter().map(|c| c.status.code).collect()),
                };
                let (served, started) = timed(|| self.serve(lang, &server_jail, logs, &listen, &env));
                let (mut server, ports, log) = served?;
                let network = enter_network(&mut server)?;
                let probing_from = std::fs::metadata(&log).map_or(0, |m| m.len());
                let port_of = |j: usize| if ports.len() == 1 { ports[0] } else { ports[j] };
                let (mut outcomes, probed): (Vec<Verdict>, Vec<(Duration, Duration)>) = cells
                    .iter()
                    .enumerate()
                    .map(|(j, cell)| {
                        let mut main = Duration::ZERO;
                        let (outcome, took) = timed(|| self.probe(lang, cell, work, port_of(j), &log, &mut main));
                        (outcome, (took, main))
                    })
                    .unzip();
                drop(network);
                // One process served every cell: a line it logged while answering one cell may
                // show in the next one's window, or after the last. Whose error it was cannot be
                // told for sure, so then every cell of the batch is run again alone.
                let answered = process::read_from(&log, probing_from);
                if let Some(line) = lang.verify.log_error(&answered).filter(|_| cells.len() > 1) {
                    let stop = Stop::fail(
                        server_log(),
                        format!("the batch's server logged an error while answering its cells: {line}"),
                        Some(process::tail(&log, 20)),
                    );
                    outcomes = cells.iter().map(|_| Err(stop.clone())).collect();
                }
                if let Some(stop) = escaped(&server) {
                    // Whose process it was cannot be told apart: every cell of the batch fails,
                    // and each is run again alone.
                    outcomes = cells.iter().map(|_| Err(stop.clone())).collect();
                }
                server.terminate();
                for (j, outcome) in outcomes.into_iter().enumerate() {
                    verdict(j, outcome, timing(started, probed[j]));
                }
            }
            ServePer::Cell => {
                for (j, cell) in cells.iter().enumerate() {
                    let listen = Listen::Cell(cell.status.code);
                    let (served, started) = timed(|| self.serve(lang, &server_jail, logs, &listen, &env));
                    let mut probed = (Duration::ZERO, Duration::ZERO);
                    let outcome = served.and_then(|(mut server, ports, log)| {
                        let network = enter_network(&mut server)?;
                        let (outcome, took) = timed(|| self.probe(lang, cell, work, ports[0], &log, &mut probed.1));
                        probed.0 = took;
                        drop(network);
                        let outcome = match escaped(&server) {
                            Some(stop) => Err(stop),
                            None => outcome,
                        };
                        server.terminate();
                        outcome
                    });
                    verdict(j, outcome, timing(started, probed));
                }
            }
        }
        Ok(())
    }

    /// Starts the server in `jail` (its work dir is the server's) and waits until it accepts
    /// connections on each of its ports; a port taken meanwhile by someone else is retried on
    /// another port.
    fn serve(
        &self,
        lang: &Language,
        jail: &Jail,
        logs: &Path,
        listen: &Listen,
        env: &BTreeMap<String, String>,
    ) -> Result<(Child, Vec<u16>, PathBuf), Stop> {
        let timeout = Duration::from_secs(lang.verify.start_timeout);
        let work = jail.work.as_path();
        let start_error = |e: anyhow::Error| Stop::error(Check::Start, format!("{e:#}"));
        for attempt in 1..=PORT_ATTEMPTS {
            let (code, ports) = match listen {
                Listen::Cell(code) => (Some(*code), vec![self.port().map_err(start_error)?]),
                Listen::Batch => (None, vec![self.port().map_err(start_error)?]),
                Listen::Cells(codes) => {
                    (None, codes.iter().map(|_| self.port()).collect::<Result<_>>().map_err(start_error)?)
                }
            };
            let mut vars = self.layout.vars(lang, Some(work), code, Some(ports[0]));
            if let Listen::Cells(codes) = listen {
                let pairs: Vec<String> = codes.iter().zip(&ports).map(|(c, p)| format!("{c}={p}")).collect();
                vars["ports"] = Value::String(pairs.join(","));
                vars.as_object_mut().expect("an object").remove("port");
            }
            let argv = self.render_argv(lang, Arg::Serve, &lang.verify.serve, &vars)?;
            let name = code.map_or(format!("serve-{attempt}.log"), |c| format!("serve-{c}-{attempt}.log"));
            let log = logs.join(name);
            let mut server =
                Child::start(&Spec { argv: &argv, dir: work, env, log: &log, contain: Contain::Sandbox(jail) })
                    .map_err(|e| Stop::fail(Check::Start, format!("{e:#}"), None))?;
            let network = enter_network(&mut server)?;
            let ready = wait_ready(&mut server, &ports, timeout);
            drop(network);
            let port = match &ready {
                Ready::TimedOut(port) => *port,
                _ => ports[0],
            };
            match ready {
                Ready::Yes => return Ok((server, ports, log)),
                Ready::Exited(exit) => {
                    server.terminate();
                    if attempt < PORT_ATTEMPTS && ports.iter().any(|&p| port_in_use(p, &log)) {
                        continue;
                    }
                    let how = exit.map_or("was killed by a signal".to_string(), |c| format!("exited with status {c}"));
                    return Err(Stop::fail(
                        Check::Start,
                        format!("the server {how} before accepting connections on {}", addresses(&ports)),
                        Some(process::tail(&log, 20)),
                    ));
                }
                Ready::TimedOut(_) => {
                    server.terminate();
                    return Err(Stop::fail(
                        Check::Start,
                        format!(
                            "the server did not accept connections on 127.0.0.1:{port} within {}s",
                            timeout.as_secs()
                        ),
                        Some(process::tail(&log, 20)),
                    ));
                }
                Ready::Interrupted => return Err(Stop::error(Check::Start, "interrupted")),
            }
        }
        unreachable!("the last attempt returns")
    }

    /// Sends each of the cell's requests and judges each exchange; the first MUST broken
    /// decides, broken SHOULDs are the warnings of a pass. Then the probes every cell gets:
    /// each method an Allow lists, HEAD for the main GET, the main request twice on one
    /// connection; and last the server's log while it answered.
    /// Sends the cell's probes and judges each exchange; `main` gets how long the main exchange
    /// alone took (what the cell would cost without the further probes, for ci/bench.sh).
    fn probe(&self, lang: &Language, cell: &Cell, work: &Path, port: u16, log: &Path, main: &mut Duration) -> Verdict {
        let path = self
            .project
            .render_arg(
                lang,
                Arg::Path,
                &lang.verify.path,
                &self.layout.vars(lang, Some(work), Some(cell.status.code), Some(port)),
            )
            .map_err(harness)?;
        let timeout = Duration::from_secs(lang.verify.request_timeout);
        let log_start = std::fs::metadata(log).map_or(0, |m| m.len());
        let fail = |probe: &str, b: judge::Broken| {
            let detail = format!("expected {}, got {}", b.expected, b.got);
            Stop::fail(Check::rule(Some(probe), b.check), detail, Some(process::tail(log, 20)))
        };
        let request_failed = |probe: &str, e: http::HttpError| {
            // Interim responses and then nothing: a lone 1xx, which is never a final response.
            let check =
                if e.interim().is_empty() { Check::request(Some(probe)) } else { Check::rule(Some(probe), "status") };
            Stop::fail(check, e.to_string(), Some(process::tail(log, 20)))
        };
        let mut warnings = Vec::new();
        // A SHOULD broken alike in several exchanges is one warning, named by the first.
        let mut warned = std::collections::BTreeSet::new();
        let mut warn = |probe: &str, found: Vec<judge::Broken>| {
            for b in found {
                if warned.insert((b.check.clone(), b.expected.clone())) {
                    warnings.push(format!(
                        "{}: expected {}, got {}",
                        Check::rule(Some(probe), b.check),
                        b.expected,
                        b.got
                    ));
                }
            }
        };
        // What the plain GET taught (the whole representation and its ETag), for the probes that
        // relate to it; those go after the ones that fetch it.
        let mut whole: Option<Vec<u8>> = None;
        let mut etag: Option<String> = None;
        let mut probes = cell.status.probes();
        probes.sort_by_key(needs_whole);
        let main_took = main;
        let mut main: Option<(RequestSpec, http::Exchange)> = None;
        for probe in &probes {
            let mut request = probe.request.clone();
            for value in request.headers.values_mut() {
                if value.contains("{{") {
                    let Some(tag) = &etag else {
                        return Err(Stop::fail(
                            Check::rule(Some(&probe.name), "header ETag"),
                            "expected an ETag on the plain GET to build the conditional request from, got none",
                            None,
                        ));
                    };
                    let weak = if tag.starts_with("W/") { tag.clone() } else { format!("W/{tag}") };
                    *value = value.replace("{{weak-etag}}", &weak).replace("{{etag}}", tag);
                }
            }
            let ws_key = (probe.response.switch == Some(SwitchRule::Websocket)).then(fresh_websocket_key);
            if let Some(key) = &ws_key {
                request.headers.retain(|k, _| !k.eq_ignore_ascii_case("sec-websocket-key"));
                request.headers.insert("Sec-WebSocket-Key".into(), key.clone());
            }
            let (exchange, took) = timed(|| http::exchange(port, &path, &request, timeout));
            let exchange = exchange.map_err(|e| request_failed(&probe.name, e))?;
            if probe.name.is_empty() {
                *main_took = took;
            }
            let seen = judge::Seen { ws_key: ws_key.as_deref(), whole: whole.as_deref(), etag: etag.as_deref() };
            warn(&probe.name, judge::judge(probe, &exchange, seen).map_err(|b| fail(&probe.name, b))?);
            for method in judge::allowed_methods(&exchange.last, &request.method) {
                let name = format!("{method} (listed in Allow)");
                let tried = RequestSpec {
                    method: method.to_string(),
                    body: matches!(method, "POST" | "PUT" | "PATCH").then(String::new),
                    ..RequestSpec::default()
                };
                let answer = http::exchange(port, &path, &tried, timeout).map_err(|e| request_failed(&name, e))?;
                judge::judge_allowed(method, &answer).map_err(|b| fail(&name, b))?;
            }
            if probe.response.body == BodyRule::Json && exchange.last.status / 100 == 2 {
                whole = Some(exchange.body.clone());
                etag = exchange.last.header("etag").map(str::to_string);
            }
            if probe.name.is_empty() {
                main = Some((request, exchange));
            }
        }
        let main_probe = probes.iter().find(|p| p.name.is_empty()).expect("every code has its main probe");
        let (request, got) = main.expect("the main probe ran");
        let plain = request.version == "HTTP/1.1"
            && main_probe.response.switch.is_none()
            && !request.headers.keys().any(|k| k.eq_ignore_ascii_case("expect"));
        if plain {
            // The main request is judged again as it was: against the full representation.
            let seen = judge::Seen { ws_key: None, whole: whole.as_deref(), etag: etag.as_deref() };
            if request.method == "GET" {
                // A HEAD's Content-Length, if any, is its GET's (a 304's: the 200's).
                let get_body = if got.body.is_empty() { whole.clone() } else { Some(got.body.clone()) };
                let as_get = judge::Seen { whole: get_body.as_deref(), ..seen };
                let head = RequestSpec { method: "HEAD".into(), ..request.clone() };
                let answer = http::exchange(port, &path, &head, timeout).map_err(|e| request_failed("HEAD", e))?;
                warn("HEAD", judge::judge_head(main_probe, &got, &answer, as_get).map_err(|b| fail("HEAD", b))?);
            }
            let name = "keep-alive";
            let pair = http::exchange_pair(port, &path, &request, timeout).map_err(|e| request_failed(name, e))?;
            let (first, second) = (&pair.first, &pair.second);
            // The first request did not ask to close: a SHOULD the response meets only because
            // the client asked (408's `Connection: close`) shows here.
            warn("keep-alive 1st", judge::judge(main_probe, first, seen).map_err(|b| fail(&format!("{name} 1st"), b))?);
            judge::judge_close(pair.left_open).map_err(|b| fail(&format!("{name} 1st"), b))?;
            if let Some(second) = second {
                warn(
                    "keep-alive 2nd",
                    judge::judge(main_probe, second, seen).map_err(|b| fail(&format!("{name} 2nd"), b))?,
                );
            }
        }
        if let Some(line) = lang.verify.log_error(&process::read_from(log, log_start)) {
            return Err(Stop::fail(
                Check::rule(None, "server log"),
                format!("the server logged an error while answering: {line}"),
                Some(process::tail(log, 20)),
            ));
        }
        Ok(warnings)
    }
}

/// True for a probe that is judged against the full representation or its ETag, which an
/// earlier plain GET fetches.
fn needs_whole(probe: &crate::catalog::Probe) -> bool {
    probe.request.headers.values().any(|v| v.contains("{{"))
        || probe.response.content_range.is_some()
        || probe.response.may_ignore_range
        || probe.response.may_reject_range
        || probe.response.status == 304
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

/// A harness template that cannot be rendered: the descriptor's or template's fault.
fn harness(err: anyhow::Error) -> Stop {
    Stop::fail(Check::Harness, format!("{err:#}"), None)
}

/// What `work` returns, and how long it took.
fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = work();
    (value, start.elapsed())
}

/// Whom a server serves: one cell, a batch on one port (each cell at its own path), or a batch
/// with a port for each cell (in the cells' order).
enum Listen {
    Cell(u16),
    Batch,
    Cells(Vec<u16>),
}

enum Ready {
    Yes,
    Exited(Option<i32>),
    /// The port that was still not accepting connections.
    TimedOut(u16),
    Interrupted,
}

/// `127.0.0.1:41001`, or `127.0.0.1:41001 and 2 more ports`.
fn addresses(ports: &[u16]) -> String {
    match ports {
        [one] => format!("127.0.0.1:{one}"),
        [first, rest @ ..] => format!("127.0.0.1:{first} and {} more", rest.len()),
        [] => "no port".to_string(),
    }
}

fn server_log() -> Check {
    Check::rule(None, "server log")
}

/// Moves this thread into the server's network (the sandbox's), if it has one of its own.
fn enter_network(server: &mut Child) -> Result<Option<super::sandbox::InNetwork>, Stop> {
    server.enter_network().map_err(|e| Stop::error(Check::Start, format!("{e:#}")))
}

/// A failure naming the server's processes that left its process group, if any did: they would
/// outlive the cell but for the PID namespace (and are killed with it).
fn escaped(server: &Child) -> Option<Stop> {
    let escaped = server.escaped();
    (!escaped.is_empty()).then(|| {
        Stop::fail(
            Check::rule(None, "processes"),
            format!(
                "expected every process the server starts to stay in its process group, got {} that left it: {}",
                escaped.len(),
                escaped.join(", ")
            ),
            None,
        )
    })
}

/// Waits until something accepts connections on each port, the server exits, or time runs out.
fn wait_ready(server: &mut Child, ports: &[u16], timeout: Duration) -> Ready {
    let deadline = Instant::now() + timeout;
    let mut waiting: Vec<u16> = ports.to_vec();
    loop {
        if process::interrupted() {
            return Ready::Interrupted;
        }
        if let Some(code) = server.try_exit() {
            return Ready::Exited(code);
        }
        // Something answers: it counts only if the listener is ours. A squatter on the port
        // means our server cannot bind; it will exit, and the port is retried.
        waiting.retain(|&port| {
            let address = std::net::SocketAddr::from((Ipv4Addr::LOCALHOST, port));
            !(std::net::TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_ok()
                && process::group_listens_on(server.pgid(), port))
        });
        if waiting.is_empty() {
            return Ready::Yes;
        }
        if Instant::now() >= deadline {
            return Ready::TimedOut(waiting[0]);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whether a server that exited early did so because its port was taken by someone else.
fn port_in_use(port: u16, log: &Path) -> bool {
    let text = std::fs::read_to_string(log).unwrap_or_default().to_ascii_lowercase();
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_err()
        || text.contains("already in use")
        || text.contains("eaddrinuse")
}

/// Sets up the dependencies of each language that has cells to run, all at once; returns why a
/// language's cells cannot run, by language id (None: ready).
pub fn prepare_languages<'p>(project: &Project, languages: &[&LanguagePlan<'p>]) -> Vec<(String, Option<Stop>)> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = languages
            .iter()
            .map(|facts| {
                let id = facts.lang.id.clone();
                let handle = scope.spawn(move || match &facts.missing {
                    Some(stop) => Some(stop.clone()),
                    None => prepare::prepare(project, facts.lang, &facts.deps_dir).err(),
                });
                (id, handle)
            })
            .collect();
        handles.into_iter().map(|(id, h)| (id, h.join().expect("no panic"))).collect()
    })
}

/// Runs the batches, `jobs` at a time, under `root`; each result is cached and handed to
/// `finished` as it comes (on the calling thread). An interrupted cell has no verdict and is left
/// out.
pub fn execute(
    runner: &Runner,
    batches: Vec<Batch>,
    jobs: usize,
    root: &Path,
    keep_workdirs: bool,
    cache: &ResultCache,
    finished: &mut dyn FnMut(CellResult) -> Result<()>,
) -> Result<()> {
    // What the progress bar calls each batch: "go: batch 1 of 2, 31 cells", or "php 404".
    let labels: Vec<String> = batches
        .iter()
        .enumerate()
        .map(|(n, b)| {
            let of_lang = |i: &usize| batches[*i].lang.id == b.lang.id;
            let total = (0..batches.len()).filter(of_lang).count();
            match &b.cells[..] {
                [only] if total == 1 || b.lang.verify.batch_size == 1 => {
                    format!("{} {}", b.lang.id, only.cell.status.code)
                }
                cells => {
                    let k = (0..n).filter(of_lang).count() + 1;
                    format!("{}: batch {k} of {total}, {}", b.lang.id, super::report::plural(cells.len(), "cell"))
                }
            }
        })
        .collect();
    let queue = Mutex::new(batches.into_iter().enumerate());
    let (tx, rx) = std::sync::mpsc::channel::<CellResult>();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (queue, tx, labels) = (&queue, tx.clone(), &labels);
            scope.spawn(move || loop {
                if process::interrupted() {
                    break;
                }
                let next = queue.lock().unwrap().next();
                let Some((n, batch)) = next else { break };
                let dir = root.join(format!("{}-{n}", batch.lang.id));
                let _activity = activity::begin("verifying", labels[n].as_str());
                for (result, key) in run_batch(runner, &batch, &dir, keep_workdirs) {
                    if process::interrupted() && result.outcome != Outcome::Pass {
                        return;
                    }
                    if let Err(err) = cache.store(key, &result) {
                        eprintln!("warning: {err}");
                    }
                    if tx.send(result).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for result in rx {
            finished(result)?;
        }
        Ok(())
    })
}

/// Runs a batch; a cell that does not pass in a batch of several is run again alone, and that
/// verdict stands, so the report always names the right cell and no cell is judged by its
/// neighbours.
fn run_batch<'b>(runner: &Runner, batch: &'b Batch, dir: &Path, keep: bool) -> Vec<(CellResult, &'b str)> {
    let started = Instant::now();
    let cells: Vec<&Cell> = batch.cells.iter().map(|p| &p.cell).collect();
    let verdicts = runner.run(batch.lang, &cells, dir);
    let share = started.elapsed().as_millis() as u64 / cells.len() as u64;
    let batched = cells.len() > 1;
    let mut results = Vec::new();
    for (i, (pending, (verdict, phases))) in batch.cells.iter().zip(verdicts).enumerate() {
        let mut duration_ms = share;
        let (verdict, phases) = if verdict.is_err() && batched && !process::interrupted() {
            let again = Instant::now();
            let _alone = activity::begin("re-running", format!("{} {} alone", batch.lang.id, pending.cell.status.code));
            let alone = runner.run(batch.lang, &[&pending.cell], &dir.join(format!("alone-{i}")));
            duration_ms += again.elapsed().as_millis() as u64;
            alone.into_iter().next().expect("one verdict")
        } else {
            (verdict, phases)
        };
        let code = pending.cell.status.code;
        let failed = verdict.is_err();
        let mut result = CellResult::from_verdict(&batch.lang.id, code, verdict, duration_ms);
        result.phases = phases;
        if failed {
            result.template = Some(runner.project.template_origin(batch.lang.template_for(code)).to_string());
        }
        if keep {
            result.workdir = Some(dir.display().to_string());
        }
        results.push((result, pending.key.as_str()));
    }
    if !keep {
        let _ = std::fs::remove_dir_all(dir);
    }
    results
}
