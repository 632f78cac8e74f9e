//! `snippetgen verify`: proves each snippet with its real toolchain over real HTTP.
//!
//! For every (language, code) cell: check the toolchain and the shared dependencies, lay out a
//! work directory (the snippet's bytes as they are, plus the harness files a reader would add),
//! lint and build, serve on 127.0.0.1, send the request the code needs, and judge the exchange
//! against the catalog's rules. Cells run in parallel; the runner emits events, and reporters
//! only consume them.

pub mod http;
pub mod process;
pub mod report;
pub mod rules;

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::catalog::Status;
use crate::cli::VerifyArgs;
use crate::language::Language;
use crate::render::Project;
use process::{Child, Spec, Waited};

/// How long one dependency set-up command may take (a first Maven resolve is slow).
const SETUP_TIMEOUT: Duration = Duration::from_secs(900);
/// Attempts at serving when the chosen port turns out to be taken.
const PORT_ATTEMPTS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Pass,
    Fail,
    Skipped,
    #[serde(rename = "n/a")]
    NotApplicable,
}

impl Outcome {
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Skipped => "skipped",
            Outcome::NotApplicable => "n/a",
        }
    }
}

/// One cell's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct CellResult {
    pub lang: String,
    pub code: u16,
    pub outcome: Outcome,
    /// The check that decided a fail or skip (`status`, `build`, `toolchain`...).
    pub check: Option<String>,
    pub detail: Option<String>,
    /// The tail of the tool's or server's output, for failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    pub duration_ms: u64,
    /// Where the work directory was kept, with --keep-workdirs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workdir: Option<String>,
}

/// What the runner tells reporters.
pub enum Event<'a> {
    Started { cells: usize, jobs: usize },
    /// A language's toolchain and dependencies were checked.
    LanguageReady { lang: &'a str, version: Option<&'a str>, skipped: Option<&'a str> },
    CellFinished(&'a CellResult),
    Finished { results: &'a [CellResult], interrupted: bool, elapsed: Duration },
}

pub trait Reporter {
    fn event(&mut self, event: &Event) -> Result<()>;
}

/// A failed or skipped step: the check, what happened, and the output to show.
struct Stop {
    outcome: Outcome,
    check: String,
    detail: String,
    output: Option<String>,
}

impl Stop {
    fn fail(check: impl Into<String>, detail: impl Into<String>, output: Option<String>) -> Stop {
        Stop { outcome: Outcome::Fail, check: check.into(), detail: detail.into(), output }
    }
}

/// A language whose toolchain and dependencies are ready, or why not.
struct Prepared {
    deps_dir: PathBuf,
    skip: Option<(String, String)>,
    version: Option<String>,
}

pub struct Summary {
    pub results: Vec<CellResult>,
    pub interrupted: bool,
}

impl Summary {
    /// True when every cell passed or is n/a (and, with `allow_skip`, skipped cells are allowed).
    pub fn success(&self, allow_skip: bool) -> bool {
        !self.interrupted
            && self.results.iter().all(|r| match r.outcome {
                Outcome::Pass | Outcome::NotApplicable => true,
                Outcome::Skipped => allow_skip,
                Outcome::Fail => false,
            })
    }
}

pub fn default_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("snippetgen");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".cache").join("snippetgen");
    }
    std::env::temp_dir().join("snippetgen-cache")
}

pub fn run(project: &Project, args: &VerifyArgs, reporters: &mut [Box<dyn Reporter>]) -> Result<Summary> {
    let selection = project.select(&args.langs, &args.codes)?;
    process::install_signal_handler()?;
    let started = Instant::now();
    let cache_dir = absolute(args.cache_dir.clone().unwrap_or_else(default_cache_dir))?;
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1);
    let run_root = tempfile::Builder::new().prefix("snippetgen-verify-").tempdir().context("cannot create a temp dir")?;

    let mut cells = Vec::new();
    for lang in &selection.languages {
        for &code in &selection.codes {
            cells.push((*lang, project.catalog.get(code).expect("selected")));
        }
    }
    emit(reporters, &Event::Started { cells: cells.len(), jobs })?;

    // Toolchains and dependencies, once per language that has a cell to run.
    let needs_prep: Vec<&Language> = selection
        .languages
        .iter()
        .copied()
        .filter(|l| selection.codes.iter().any(|&c| l.not_applicable(c).is_none()))
        .collect();
    let prepared: BTreeMap<String, Prepared> = std::thread::scope(|scope| {
        let handles: Vec<_> = needs_prep
            .iter()
            .map(|lang| {
                let deps_dir = cache_dir.join("deps").join(&lang.id);
                scope.spawn(move || (lang.id.clone(), prepare(project, lang, deps_dir)))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("prepare does not panic")).collect()
    });
    for lang in &needs_prep {
        let p = &prepared[&lang.id];
        emit(reporters, &Event::LanguageReady {
            lang: &lang.id,
            version: p.version.as_deref(),
            skipped: p.skip.as_ref().map(|(_, d)| d.as_str()),
        })?;
    }

    let ctx = CellContext { project, prepared: &prepared, snippets: &args.snippets, run_root: run_root.path(), keep: args.keep_workdirs, ports: Mutex::new(Vec::new()) };
    let queue = Arc::new(Mutex::new(cells.into_iter()));
    let (tx, rx) = mpsc::channel::<CellResult>();
    let mut results = Vec::new();
    let outcome: Result<()> = std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (queue, tx, ctx) = (Arc::clone(&queue), tx.clone(), &ctx);
            scope.spawn(move || loop {
                if process::interrupted() {
                    break;
                }
                let next = queue.lock().unwrap().next();
                let Some((lang, status)) = next else { break };
                let result = run_cell(ctx, lang, status);
                if process::interrupted() && result.outcome == Outcome::Fail {
                    break; // An interrupted cell has no verdict.
                }
                if tx.send(result).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for result in rx {
            emit(reporters, &Event::CellFinished(&result))?;
            results.push(result);
        }
        Ok(())
    });
    outcome?;
    results.sort_by(|a, b| (lang_pos(project, &a.lang), a.code).cmp(&(lang_pos(project, &b.lang), b.code)));
    let interrupted = process::interrupted();
    emit(reporters, &Event::Finished { results: &results, interrupted, elapsed: started.elapsed() })?;
    if args.keep_workdirs {
        let _ = run_root.keep();
    }
    Ok(Summary { results, interrupted })
}

fn lang_pos(project: &Project, id: &str) -> usize {
    project.languages.iter().position(|l| l.id == id).unwrap_or(usize::MAX)
}

fn emit(reporters: &mut [Box<dyn Reporter>], event: &Event) -> Result<()> {
    for reporter in reporters.iter_mut() {
        reporter.event(event)?;
    }
    Ok(())
}

fn absolute(path: PathBuf) -> Result<PathBuf> {
    if path.is_absolute() {
        Ok(path)
    } else {
        Ok(std::env::current_dir()?.join(path))
    }
}

/// Checks the toolchain and the shared dependencies, installing the dependencies if the
/// descriptor says how.
fn prepare(project: &Project, lang: &Language, deps_dir: PathBuf) -> Prepared {
    let skip = |check: &str, detail: String| Prepared {
        deps_dir: deps_dir.clone(),
        skip: Some((check.to_string(), detail)),
        version: None,
    };
    if let Some(missing) = lang.toolchain.commands.iter().find(|c| process::which(c).is_none()) {
        return skip("toolchain", format!("`{missing}` is not installed; {}", lang.toolchain.install_hint));
    }
    let version = toolchain_version(lang);
    let Some(deps) = &lang.deps else {
        return Prepared { deps_dir, skip: None, version };
    };
    let vars = json!({ "deps": deps_dir.display().to_string() });
    let render_all = |argv: &[String]| -> Result<Vec<String>> {
        argv.iter().map(|a| project.render_arg(a, &vars)).collect()
    };
    let env = BTreeMap::new();
    let scratch = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => return skip("deps", format!("cannot create a temp dir: {err}")),
    };
    let run = |argv: Vec<String>, name: &str, timeout: Duration| -> Result<(), String> {
        let log = scratch.path().join(format!("{name}.log"));
        let spec = Spec { argv: &argv, dir: &deps_dir, env: &env, log: &log };
        let child = Child::start(&spec).map_err(|e| format!("{e:#}"))?;
        match child.wait(timeout) {
            Waited::Exited(Some(0)) => Ok(()),
            Waited::Exited(code) => Err(format!(
                "`{}` exited with {}: {}",
                argv.join(" "),
                code.map_or("a signal".into(), |c| format!("status {c}")),
                process::tail(&log, 5)
            )),
            Waited::TimedOut => Err(format!("`{}` timed out", argv.join(" "))),
            Waited::Interrupted => Err("interrupted".into()),
        }
    };
    let attempt = || -> Result<(), String> {
        std::fs::create_dir_all(&deps_dir).map_err(|e| format!("cannot create {}: {e}", deps_dir.display()))?;
        let check = render_all(&deps.check).map_err(|e| format!("{e:#}"))?;
        let mut files = Vec::new();
        for file in &deps.files {
            let text = project.render_file(&file.template, lang, None, "").map_err(|e| format!("{e:#}"))?;
            files.push((deps_dir.join(&file.path), text));
        }
        // The set-up is redone when what it was made from changes (a version bump, say).
        let stamp_path = deps_dir.join(".snippetgen-deps");
        let stamp = format!("{:x}", Sha256::digest(serde_json::to_vec(&(deps, &files)).expect("serializes")));
        let stamp_ok = deps.setup.is_empty() || std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp);
        if stamp_ok && run(check.clone(), "check", Duration::from_secs(120)).is_ok() {
            return Ok(());
        }
        if deps.setup.is_empty() {
            return Err(format!("`{}` failed", check.join(" ")));
        }
        let _ = std::fs::remove_file(&stamp_path);
        for (path, text) in &files {
            std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        for (i, argv) in deps.setup.iter().enumerate() {
            run(render_all(argv).map_err(|e| format!("{e:#}"))?, &format!("setup-{i}"), SETUP_TIMEOUT)?;
        }
        run(check, "recheck", Duration::from_secs(120))?;
        std::fs::write(&stamp_path, stamp).map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
    };
    match attempt() {
        Ok(()) => Prepared { deps_dir, skip: None, version },
        Err(detail) => skip("deps", format!("dependencies are missing ({detail}); {}", deps.install_hint)),
    }
}

/// The first line the toolchain's version command prints, if it runs.
pub fn toolchain_version(lang: &Language) -> Option<String> {
    let (program, args) = lang.toolchain.version.split_first()?;
    let output = std::process::Command::new(program).args(args).output().ok()?;
    let text = if output.stdout.is_empty() { output.stderr } else { output.stdout };
    String::from_utf8_lossy(&text).lines().next().map(|l| l.trim().to_string())
}

struct CellContext<'a> {
    project: &'a Project,
    prepared: &'a BTreeMap<String, Prepared>,
    snippets: &'a Path,
    run_root: &'a Path,
    keep: bool,
    /// Ports this run has handed out, so that parallel cells never share one.
    ports: Mutex<Vec<u16>>,
}

impl CellContext<'_> {
    /// A free port on 127.0.0.1 that no other cell of this run has had.
    fn port(&self) -> Result<u16> {
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
}

fn run_cell(ctx: &CellContext, lang: &Language, status: &Status) -> CellResult {
    let started = Instant::now();
    let mut result = CellResult {
        lang: lang.id.clone(),
        code: status.code,
        outcome: Outcome::Pass,
        check: None,
        detail: None,
        output: None,
        duration_ms: 0,
        workdir: None,
    };
    if let Some(reason) = lang.not_applicable(status.code) {
        result.outcome = Outcome::NotApplicable;
        result.check = Some("applicable".into());
        result.detail = Some(reason.to_string());
        return result;
    }
    let prepared = &ctx.prepared[&lang.id];
    let outcome = match &prepared.skip {
        Some((check, detail)) => Err(Stop { outcome: Outcome::Skipped, check: check.clone(), detail: detail.clone(), output: None }),
        None => {
            let cell_dir = ctx.run_root.join(format!("{}-{}", lang.id, status.code));
            let outcome = prove(ctx, lang, status, &prepared.deps_dir, &cell_dir);
            if ctx.keep {
                result.workdir = Some(cell_dir.display().to_string());
            } else {
                let _ = std::fs::remove_dir_all(&cell_dir);
            }
            outcome
        }
    };
    if let Err(stop) = outcome {
        result.outcome = stop.outcome;
        result.check = Some(stop.check);
        result.detail = Some(stop.detail);
        result.output = stop.output.filter(|o| !o.trim().is_empty());
    }
    result.duration_ms = started.elapsed().as_millis() as u64;
    result
}

/// Lays out, builds, serves and probes one cell.
fn prove(ctx: &CellContext, lang: &Language, status: &Status, deps_dir: &Path, cell_dir: &Path) -> Result<(), Stop> {
    let project = ctx.project;
    let snippet_path = ctx.snippets.join(lang.snippet_path(status.code));
    let snippet = std::fs::read_to_string(&snippet_path)
        .map_err(|e| Stop::fail("snippet", format!("cannot read {}: {e}", snippet_path.display()), None))?;
    let work = cell_dir.join("work");
    let logs = cell_dir.join("logs");
    let internal = |e: anyhow::Error| Stop::fail("harness", format!("{e:#}"), None);
    let io = |e: std::io::Error| Stop::fail("harness", e.to_string(), None);
    std::fs::create_dir_all(&work).map_err(io)?;
    std::fs::create_dir_all(&logs).map_err(io)?;

    // The snippet's bytes as they are, and the files a reader would add around them.
    let mut written = Vec::new();
    if let Some(file) = &lang.verify.snippet_file {
        write_file(&work.join(file), &snippet).map_err(internal)?;
        written.push(work.join(file));
    }
    for file in &lang.verify.files {
        let text = project.render_file(&file.template, lang, Some(status), &snippet).map_err(internal)?;
        write_file(&work.join(&file.path), &text).map_err(internal)?;
        written.push(work.join(&file.path));
    }
    let intact = written.iter().any(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(snippet.as_str())));
    if !intact {
        return Err(Stop::fail("harness", "the snippet's text does not reach the toolchain unchanged", None));
    }

    let vars = |port: Option<u16>| {
        json!({ "deps": deps_dir.display().to_string(), "workdir": work.display().to_string(), "port": port })
    };
    let render_argv = |argv: &[String], port: Option<u16>| -> Result<Vec<String>, Stop> {
        argv.iter().map(|a| project.render_arg(a, &vars(port)).map_err(internal)).collect()
    };
    let mut env = BTreeMap::new();
    for (key, value) in &lang.verify.env {
        env.insert(key.clone(), project.render_arg(value, &vars(None)).map_err(internal)?);
    }

    for step in &lang.verify.steps {
        let argv = render_argv(&step.run, None)?;
        let log = logs.join(format!("{}.log", step.name));
        let child = Child::start(&Spec { argv: &argv, dir: &work, env: &env, log: &log }).map_err(|e| Stop::fail(&step.name, format!("{e:#}"), None))?;
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

    let mut attempt = 0;
    let (mut server, port, log) = loop {
        attempt += 1;
        let port = ctx.port().map_err(|e| Stop::fail("start", format!("{e:#}"), None))?;
        let argv = render_argv(&lang.verify.serve, Some(port))?;
        let log = logs.join(format!("serve-{attempt}.log"));
        let mut server = Child::start(&Spec { argv: &argv, dir: &work, env: &env, log: &log }).map_err(|e| Stop::fail("start", format!("{e:#}"), None))?;
        match wait_ready(&mut server, port, Duration::from_secs(lang.verify.start_timeout)) {
            Ready::Yes => break (server, port, log),
            Ready::Exited(code) => {
                server.terminate();
                if attempt < PORT_ATTEMPTS && port_in_use(port, &log) {
                    continue;
                }
                let how = code.map_or("was killed by a signal".to_string(), |c| format!("exited with status {c}"));
                return Err(Stop::fail("start", format!("the server {how} before accepting connections on 127.0.0.1:{port}"), Some(process::tail(&log, 20))));
            }
            Ready::TimedOut => {
                server.terminate();
                return Err(Stop::fail("start", format!("the server did not accept connections on 127.0.0.1:{port} within {}s", lang.verify.start_timeout), Some(process::tail(&log, 20))));
            }
            Ready::Interrupted => return Err(Stop::fail("start", "interrupted", None)),
        }
    };

    let exchange = http::exchange(port, &status.request, Duration::from_secs(lang.verify.request_timeout));
    server.terminate();
    let exchange = exchange.map_err(|e| {
        // Interim responses and then nothing: a lone 1xx, which is never a final response.
        let check = if e.interim().is_empty() { "request" } else { "status" };
        Stop::fail(check, e.to_string(), Some(process::tail(&log, 20)))
    })?;
    rules::judge(status, &exchange).map_err(|b| {
        Stop::fail(b.check, format!("expected {}, got {}", b.expected, b.got), Some(process::tail(&log, 20)))
    })
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
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
        if std::net::TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_ok() {
            // Make sure the listener is ours: a server that failed to bind would have exited.
            std::thread::sleep(Duration::from_millis(5));
            if let Some(code) = server.try_exit() {
                return Ready::Exited(code);
            }
            return Ready::Yes;
        }
        if Instant::now() >= deadline {
            return Ready::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

/// Whether a server that exited early did so because its port was taken by someone else.
fn port_in_use(port: u16, log: &Path) -> bool {
    let text = std::fs::read_to_string(log).unwrap_or_default().to_ascii_lowercase();
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_err()
        || ["address already in use", "eaddrinuse", "address in use", "failed to listen"].iter().any(|p| text.contains(p))
}
