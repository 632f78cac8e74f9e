//! `snippetgen verify`: proves each snippet with its real toolchain over real HTTP.
//!
//! For every (language, code) cell: check the toolchain and the shared dependencies, lay out a
//! work directory (the snippet's bytes as they are, plus the harness files a reader would add),
//! lint and build, serve on 127.0.0.1, send the request the code needs, and judge the exchange
//! against the catalog's rules. Cells run in parallel; the runner emits events, and reporters
//! only consume them.

pub mod batch;
pub mod cache;
pub mod grammar;
pub mod http;
mod prepare;
pub mod process;
pub mod report;
pub mod rules;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::cli::VerifyArgs;
use crate::error::input_error;
use crate::language::Language;
use crate::render::Project;
use batch::{Cell, Runner};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CellResult {
    pub lang: String,
    pub code: u16,
    pub outcome: Outcome,
    /// The check that decided a fail or skip (`status`, `build`, `toolchain`...).
    pub check: Option<String>,
    pub detail: Option<String>,
    /// The tail of the tool's or server's output, for failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    pub duration_ms: u64,
    /// True when the verdict came from the cache: nothing that decides it changed.
    #[serde(default)]
    pub cached: bool,
    /// For a failure: the template the snippet was rendered from, the place to fix it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Where the work directory was kept, with --keep-workdirs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workdir: Option<String>,
}

impl CellResult {
    fn new(lang: &str, code: u16) -> CellResult {
        CellResult {
            lang: lang.to_string(),
            code,
            outcome: Outcome::Pass,
            check: None,
            detail: None,
            output: None,
            duration_ms: 0,
            cached: false,
            template: None,
            workdir: None,
        }
    }

    fn stopped(mut self, stop: Stop) -> CellResult {
        self.outcome = stop.outcome;
        self.check = Some(stop.check);
        self.detail = Some(stop.detail);
        self.output = stop.output.filter(|o| !o.trim().is_empty());
        self
    }
}

/// What the runner tells reporters.
pub enum Event<'a> {
    Started { cells: usize, jobs: usize, cached: usize },
    /// A language's toolchain and dependencies were checked.
    LanguageReady { lang: &'a str, version: Option<&'a str>, skipped: Option<&'a str> },
    CellFinished(&'a CellResult),
    Finished { results: &'a [CellResult], interrupted: bool, elapsed: Duration },
}

pub trait Reporter {
    fn event(&mut self, event: &Event) -> Result<()>;
}

/// A failed or skipped step: the check, what happened, and the output to show.
#[derive(Debug, Clone)]
pub struct Stop {
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

/// `--partition K/N` (or `count:K/N`): the K-th of N deterministic slices of the cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    pub index: usize,
    pub total: usize,
}

impl std::str::FromStr for Partition {
    type Err = String;
    fn from_str(text: &str) -> Result<Partition, String> {
        let spec = text.strip_prefix("count:").unwrap_or(text);
        let parsed = spec.split_once('/').and_then(|(k, n)| Some((k.parse::<usize>().ok()?, n.parse::<usize>().ok()?)));
        match parsed {
            Some((k, n)) if n >= 1 && (1..=n).contains(&k) => Ok(Partition { index: k, total: n }),
            _ => Err(format!("`{text}` is not a partition: use K/N with 1 <= K <= N, e.g. 1/3")),
        }
    }
}

/// A unit of work: cells of one language that share a work dir, a build and maybe a server.
struct Batch<'p> {
    lang: &'p Language,
    cells: Vec<(Cell<'p>, String)>,
}

pub fn run(project: &Project, args: &VerifyArgs, reporters: &mut [Box<dyn Reporter>]) -> Result<Summary> {
    let selection = project.select(&args.langs, &args.codes)?;
    if !args.snippets.is_dir() {
        return Err(input_error!("{}: no such directory (`snippetgen generate` writes it)", args.snippets.display()));
    }
    process::install_signal_handler()?;
    let started = Instant::now();
    let cache_dir = std::path::absolute(args.cache_dir.clone().unwrap_or_else(default_cache_dir))?;
    // Keeping work dirs means looking at them: cells run fresh rather than from the cache.
    let cache = cache::ResultCache::new(&cache_dir, !args.no_cache && !args.keep_workdirs);
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1);

    // Every selected cell, in page order, then this machine's slice of them.
    let mut all = Vec::new();
    for lang in &selection.languages {
        for &code in &selection.codes {
            all.push((*lang, project.catalog.get(code).expect("selected")));
        }
    }
    if let Some(p) = args.partition {
        all = all.into_iter().enumerate().filter(|(i, _)| i % p.total == p.index - 1).map(|(_, c)| c).collect();
    }

    // Decided without running: n/a cells, missing snippets, cached verdicts.
    let versions: BTreeMap<String, Option<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = selection
            .languages
            .iter()
            .map(|lang| (lang.id.clone(), scope.spawn(|| cache::toolchain_version(&cache_dir, lang))))
            .collect();
        handles.into_iter().map(|(id, h)| (id, h.join().expect("no panic"))).collect()
    });
    let deps_dirs: BTreeMap<String, PathBuf> =
        selection.languages.iter().map(|l| (l.id.clone(), cache_dir.join("deps").join(&l.id))).collect();
    let runner = Runner::new(project, &deps_dirs);
    let mut decided = Vec::new();
    let mut pending: Vec<(Cell, String)> = Vec::new();
    for (lang, status) in all {
        let result = CellResult::new(&lang.id, status.code);
        if let Some(reason) = lang.not_applicable(status.code) {
            decided.push(CellResult { outcome: Outcome::NotApplicable, detail: Some(reason.into()), ..result });
            continue;
        }
        let path = args.snippets.join(lang.snippet_path(status.code));
        let snippet = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                decided.push(result.stopped(Stop::fail("snippet", format!("cannot read {}: {err}", path.display()), None)));
                continue;
            }
        };
        let cell = Cell { lang, status, snippet };
        let key = cell_key(&runner, &cell, versions[&lang.id].as_deref());
        match cache.get(&key) {
            Some(hit) => decided.push(hit),
            None => pending.push((cell, key)),
        }
    }
    let cached = decided.iter().filter(|r| r.cached).count();
    emit(reporters, &Event::Started { cells: decided.len() + pending.len(), jobs, cached })?;

    // Toolchains and dependencies, once per language that has a cell to run.
    let mut needed: Vec<&Language> = Vec::new();
    for (cell, _) in &pending {
        if !needed.iter().any(|l| l.id == cell.lang.id) {
            needed.push(cell.lang);
        }
    }
    let missing: BTreeMap<String, Option<prepare::Missing>> = std::thread::scope(|scope| {
        let handles: Vec<_> = needed
            .iter()
            .map(|lang| {
                let deps_dir = &deps_dirs[&lang.id];
                (lang.id.clone(), scope.spawn(move || prepare::prepare(project, lang, deps_dir).err()))
            })
            .collect();
        handles.into_iter().map(|(id, h)| (id, h.join().expect("no panic"))).collect()
    });
    for lang in &needed {
        emit(reporters, &Event::LanguageReady {
            lang: &lang.id,
            version: versions[&lang.id].as_deref(),
            skipped: missing[&lang.id].as_ref().map(|m| m.detail.as_str()),
        })?;
    }
    let mut results = Vec::new();
    for result in decided {
        emit(reporters, &Event::CellFinished(&result))?;
        results.push(result);
    }

    // Batches of the cells to run; the biggest first, so the slow ones start early.
    let mut batches: Vec<Batch> = Vec::new();
    for (cell, key) in pending {
        if let Some(m) = &missing[&cell.lang.id] {
            let stop = Stop { outcome: Outcome::Skipped, check: m.check.clone(), detail: m.detail.clone(), output: None };
            let result = CellResult::new(&cell.lang.id, cell.status.code).stopped(stop);
            emit(reporters, &Event::CellFinished(&result))?;
            results.push(result);
            continue;
        }
        let size = if args.no_batch { 1 } else { cell.lang.verify.batch_size };
        match batches.last_mut() {
            Some(b) if b.lang.id == cell.lang.id && b.cells.len() < size => b.cells.push((cell, key)),
            _ => batches.push(Batch { lang: cell.lang, cells: vec![(cell, key)] }),
        }
    }
    balance(&mut batches, jobs);
    batches.sort_by_key(|b| std::cmp::Reverse(b.cells.len()));

    let run_root = tempfile::Builder::new().prefix("snippetgen-verify-").tempdir().context("cannot create a temp dir")?;
    let queue = Arc::new(Mutex::new(batches.into_iter().enumerate()));
    let (tx, rx) = mpsc::channel::<CellResult>();
    let outcome: Result<()> = std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (queue, tx, runner, cache, root) = (Arc::clone(&queue), tx.clone(), &runner, &cache, run_root.path());
            scope.spawn(move || loop {
                if process::interrupted() {
                    break;
                }
                let next = queue.lock().unwrap().next();
                let Some((n, batch)) = next else { break };
                for (result, key) in run_batch(runner, &batch, &root.join(format!("{}-{n}", batch.lang.id)), args.keep_workdirs) {
                    if process::interrupted() && result.outcome == Outcome::Fail {
                        return; // An interrupted cell has no verdict.
                    }
                    cache.put(&key, &result);
                    if tx.send(result).is_err() {
                        return;
                    }
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
    results.sort_by_key(|r| (lang_pos(project, &r.lang), r.code));
    let interrupted = process::interrupted();
    emit(reporters, &Event::Finished { results: &results, interrupted, elapsed: started.elapsed() })?;
    if args.keep_workdirs {
        let _ = run_root.keep();
    }
    Ok(Summary { results, interrupted })
}

/// Splits a language's batches further when there are fewer batches than jobs, so that no core
/// sits idle while one batch runs.
fn balance(batches: &mut Vec<Batch>, jobs: usize) {
    while batches.len() < jobs {
        let Some(i) = (0..batches.len()).filter(|&i| batches[i].cells.len() > 1).max_by_key(|&i| batches[i].cells.len()) else {
            return;
        };
        let half = batches[i].cells.len() / 2;
        let rest = batches[i].cells.split_off(half);
        let lang = batches[i].lang;
        batches.push(Batch { lang, cells: rest });
    }
}

/// Runs a batch; a cell that does not pass in a batch of several is run again alone, and that
/// verdict stands, so the report always names the right cell and no cell is judged by its
/// neighbours.
fn run_batch<'p>(runner: &Runner, batch: &Batch<'p>, dir: &Path, keep: bool) -> Vec<(CellResult, String)> {
    let started = Instant::now();
    let cells: Vec<&Cell> = batch.cells.iter().map(|(c, _)| c).collect();
    let verdicts = runner.run(batch.lang, &cells, dir);
    let share = started.elapsed().as_millis() as u64 / cells.len() as u64;
    let alone = cells.len() > 1;
    let mut results = Vec::new();
    for (i, ((cell, key), verdict)) in batch.cells.iter().zip(verdicts).enumerate() {
        let mut result = CellResult::new(&batch.lang.id, cell.status.code);
        let verdict = if verdict.is_err() && alone && !process::interrupted() {
            let again = Instant::now();
            let verdict = runner.run(batch.lang, &[cell], &dir.join(format!("alone-{i}")));
            result.duration_ms += again.elapsed().as_millis() as u64;
            verdict.into_iter().next().expect("one verdict")
        } else {
            verdict
        };
        result.duration_ms += share;
        if keep {
            result.workdir = Some(dir.display().to_string());
        }
        let result = match verdict {
            Ok(()) => result,
            Err(stop) => {
                let template = runner.project.template_origin(batch.lang.template_for(cell.status.code)).to_string();
                CellResult { template: Some(template), ..result.stopped(stop) }
            }
        };
        results.push((result, key.clone()));
    }
    if !keep {
        let _ = std::fs::remove_dir_all(dir);
    }
    results
}

/// What decides a cell's verdict: the snippet, its harness (and shared) files, the descriptor,
/// the catalog entry, the toolchain's version; the tool's version goes in through `cache::key`.
fn cell_key(runner: &Runner, cell: &Cell, version: Option<&str>) -> String {
    let files = runner.cell_files(cell, Path::new("")).map(|f| format!("{f:?}")).unwrap_or_else(|e| format!("{e:#}"));
    let shared = runner.shared_files(cell.lang, &[cell]).map(|f| format!("{f:?}")).unwrap_or_else(|e| format!("{e:#}"));
    let status = serde_json::to_string(cell.status).expect("serializes");
    cache::key(&[
        cell.lang.id.as_bytes(),
        cell.lang.source_text.as_bytes(),
        status.as_bytes(),
        cell.snippet.as_bytes(),
        files.as_bytes(),
        shared.as_bytes(),
        version.unwrap_or("unknown").as_bytes(),
    ])
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

/// The first line the toolchain's version command prints, if it runs.
pub fn toolchain_version(lang: &Language) -> Option<String> {
    let (program, args) = lang.toolchain.version.split_first()?;
    let output = std::process::Command::new(program).args(args).output().ok()?;
    let text = if output.stdout.is_empty() { output.stderr } else { output.stdout };
    String::from_utf8_lossy(&text).lines().next().map(|l| l.trim().to_string())
}
