//! `snippetgen verify`: proves each snippet with its real toolchain over real HTTP.
//!
//! A run is four parts, each in its own module with one job:
//! - `plan`: the selection and its partition, each language's facts, the cells decided without
//!   running (n/a, unreadable, cached), and the batches of the rest;
//! - `executor`: sets up dependencies, runs batches (work dirs, builds, servers, requests) and
//!   hands each recorded exchange to the judge;
//! - `judge`: a recorded exchange against the catalog's rules, with no I/O;
//! - `report`: human, JSON and JUnit reporters over the run's events, and `report merge`.
//!
//! This module only wires them together. Verdicts are typed (`outcome`); the options arrive
//! resolved (`options`), so nothing here sees the command line.

pub mod activity;
pub mod cache;
pub mod executor;
pub mod grammar;
pub mod http;
pub mod judge;
pub mod layout;
pub mod options;
pub mod outcome;
pub mod plan;
pub mod prepare;
pub mod process;
pub mod report;
pub mod sandbox;
pub mod toolchain;

use std::time::{Instant, SystemTime};

use anyhow::{Context, Result};

use crate::project::Project;
use layout::Layout;
pub use options::VerifyOptions;
use outcome::CellResult;
use report::{Event, LanguageFacts, Reporter, RunStatus};

/// Runs verify and tells the reporters; returns how the run came out.
/// The work dirs of a run, in the temp dir; those a killed run left are removed by the next.
const WORK_PREFIX: &str = "snippetgen-verify-";
/// The work dirs of a run with `--keep-workdirs`, which stay.
const KEPT_PREFIX: &str = "snippetgen-kept-";

pub fn run(project: &Project, options: &VerifyOptions, reporters: &mut [Box<dyn Reporter>]) -> Result<RunStatus> {
    process::install_signal_handler()?;
    // Before any child starts: toolchain probes are contained too.
    sandbox::choose(options.sandbox);
    // The cache directory must be snippetgen's (or new): never spread into a user's directory.
    cache::ensure_marker(&options.cache_dir).map_err(|e| crate::error::input_error!("{e}"))?;
    let started_at = SystemTime::now();
    let started = Instant::now();
    let layout = Layout { project, deps_root: plan::deps_root(&options.cache_dir) };
    let cache = cache::ResultCache::new(&options.cache_dir, options.read_cache);
    let mut plan = plan::plan(project, options, &layout, &cache)?;

    let emit = |reporters: &mut [Box<dyn Reporter>], event: &Event| -> Result<()> {
        reporters.iter_mut().try_for_each(|r| r.event(event))
    };
    emit(
        reporters,
        &Event::Started {
            cells: plan.cells(),
            jobs: options.jobs,
            cached: plan.decided.iter().filter(|r| r.cached).count(),
            partition: options.partition,
            selection_cells: plan.selection_cells,
            started_at,
        },
    )?;

    // Dependencies, once per language that has a cell to run; the others are reported as they
    // are.
    let needed: Vec<&plan::LanguagePlan> =
        plan.languages.iter().filter(|l| plan.pending.iter().any(|p| p.cell.lang.id == l.lang.id)).collect();
    let unavailable = executor::prepare_languages(project, &needed);
    for facts in &plan.languages {
        let stop = unavailable.iter().find(|(id, _)| *id == facts.lang.id).and_then(|(_, s)| s.as_ref());
        let reported = LanguageFacts {
            id: facts.lang.id.clone(),
            name: facts.lang.name.clone(),
            toolchain: facts.toolchain_version.clone(),
            dependencies: prepare::installed(&facts.deps_dir),
        };
        emit(reporters, &Event::LanguageReady { facts: &reported, unavailable: stop })?;
    }

    let mut results: Vec<CellResult> = Vec::new();
    for result in std::mem::take(&mut plan.decided) {
        emit(reporters, &Event::CellFinished(&result))?;
        results.push(result);
    }
    let mut runnable = Vec::new();
    for pending in std::mem::take(&mut plan.pending) {
        let stop = unavailable.iter().find(|(id, _)| *id == pending.cell.lang.id).and_then(|(_, s)| s.clone());
        match stop {
            Some(stop) => {
                let result = CellResult::from_verdict(&pending.cell.lang.id, pending.cell.status.code, Err(stop), 0);
                emit(reporters, &Event::CellFinished(&result))?;
                results.push(result);
            }
            None => runnable.push(pending),
        }
    }

    let batches = plan::batches(runnable, options.batching, options.jobs.min(options.cores));
    // Work dirs of runs that were killed (their lock died with them) go first; kept ones stay.
    let temp = std::env::temp_dir();
    crate::files::remove_unlocked(&temp, &[WORK_PREFIX]);
    let prefix = if options.keep_workdirs { KEPT_PREFIX } else { WORK_PREFIX };
    let (root, _lock) = crate::files::locked_temp_dir(&temp, prefix).context("cannot create a temp dir")?;
    let runner = executor::Runner::new(&layout);
    executor::execute(&runner, batches, options.jobs, root.path(), options.keep_workdirs, &cache, &mut |result| {
        emit(reporters, &Event::CellFinished(&result))?;
        results.push(result);
        Ok(())
    })?;
    let position = |id: &str| project.languages.iter().position(|l| l.id == id).unwrap_or(usize::MAX);
    results.sort_by_key(|r| (position(&r.lang), r.code));
    let status = report::run_status(&results, process::interrupted(), options.allow_skip, options.deny_warnings);
    emit(reporters, &Event::Finished { results: &results, status, elapsed: started.elapsed() })?;
    if options.keep_workdirs {
        let _ = root.keep();
    }
    Ok(status)
}
